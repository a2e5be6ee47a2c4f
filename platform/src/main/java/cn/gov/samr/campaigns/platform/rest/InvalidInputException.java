package cn.gov.samr.campaigns.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/** Input that breaks field or cross-field rules: answered 400 with every bad field named. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects bean-validation violations and rule checks, then throws once with all of them. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector violations(Set<? extends ConstraintViolation<?>> violations) {
            violations.forEach(v -> errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage())));
            return this;
        }

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                errors.add(new FieldError(field, message));
            }
            return this;
        }

        public boolean hasErrorOn(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                errors.sort((a, b) -> a.field().compareTo(b.field()));
                throw new InvalidInputException(errors);
            }
        }
    }

    public static Collector collect() {
        return new Collector();
    }

    /**
     * The JSON path of a violation. Violations raised on a resource method's parameters carry the method and
     * parameter name first ({@code create.request.name}); the client only knows {@code name}.
     */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                default -> {
                    String name = node.getName();
                    if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return String.join(".", names);
    }
}
