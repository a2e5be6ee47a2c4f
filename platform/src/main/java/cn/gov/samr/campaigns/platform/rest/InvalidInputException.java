package cn.gov.samr.campaigns.platform.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/** Input that breaks field or cross-field rules: answered 400 with every bad field named. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
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

        /** What was found so far, for an entry point that reports errors instead of refusing (a dry run). */
        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }

    /** One bad field or parameter. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /** The violations that bean validation found, field by field. */
    public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        Collector collector = collect().violations(violations);
        return new InvalidInputException(collector.errors);
    }

    public static Collector collect() {
        return new Collector();
    }

    /**
     * Starts collecting with a request body's bean-validation violations; a missing body is refused at once,
     * since nothing else about it can be checked.
     */
    public static Collector validate(Object body, String whatIsRequired, Validator validator) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldError("$", whatIsRequired)));
        }
        return collect().violations(validator.validate(body));
    }

    /**
     * The name the client knows for a violation. On a resource method the path starts with the method and the
     * parameter: a query parameter is named by itself ({@code list.campaign} is {@code campaign}), a field of a
     * body by its path inside the body ({@code create.request.name} is {@code name}).
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int parameter = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameter = i;
            }
        }
        if (parameter == nodes.size() - 1) {
            return nodes.get(parameter).getName();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(parameter + 1, nodes.size())) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            // a list's element (List<@Pattern String>) is named by its index alone, not "[0].<list element>"
            if (node.getName() != null && node.getKind() != ElementKind.METHOD
                    && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
