package cn.gov.samr.campaigns.platform.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * What a Jackson exception on a request body means to the client: the field (as a path, {@code venue.latitude},
 * {@code campaigns[0]}; {@code $} for the body as a whole) and a message saying what is expected instead.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldError errorOf(JsonProcessingException e) {
        return errorOf(e, type -> Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]")));
    }

    /** @param enumValues the values of an enum type as the client writes them */
    static FieldError errorOf(JsonProcessingException e, Function<Class<?>, String> enumValues) {
        return new FieldError(fieldOf(e), messageOf(innermost(e), enumValues));
    }

    /** True when the body is not JSON at all (as opposed to JSON with a bad value). */
    static boolean isMalformed(JsonProcessingException e) {
        JsonProcessingException inner = innermost(e);
        return !(inner instanceof JsonMappingException) && !(inner instanceof InputCoercionException)
                && !(inner instanceof StreamConstraintsException) && !isDuplicate(inner);
    }

    private static JsonProcessingException innermost(JsonProcessingException e) {
        JsonProcessingException inner = e;
        for (int depth = 0; depth < 10 && inner.getCause() instanceof JsonProcessingException cause
                && cause != inner; depth++) {
            inner = cause;
        }
        return inner;
    }

    private static String fieldOf(JsonProcessingException e) {
        // A parser error (malformed JSON, a duplicate key, a number too long) is where the parser stopped; the path
        // Jackson adds while unwinding names only the objects around it.
        JsonProcessingException inner = innermost(e);
        if (isMalformed(e)) {
            return "$"; // the parser's position is in the message; the field it last read may not be the culprit
        }
        if (!(inner instanceof JsonMappingException) && inner.getProcessor() instanceof JsonParser parser) {
            return pathOf(parser.getParsingContext());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            if (!path.isEmpty()) {
                return path.toString();
            }
        }
        return "$";
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String messageOf(JsonProcessingException e, Function<Class<?>, String> enumValues) {
        if (e instanceof InvalidJsonValueException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return known == null || known.isEmpty() ? "unknown field"
                    : "unknown field; this object takes " + known.stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> type = invalid.getTargetType();
            if (type != null && type.isEnum()) {
                return "unknown value " + InputRules.quote(invalid.getValue()) + "; expected one of "
                        + enumValues.apply(type);
            }
            return InputRules.quote(invalid.getValue()) + " is not " + describe(type, enumValues);
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                return "unexpected content after the JSON value";
            }
            if (mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
                return "must not be null";
            }
            return "expected " + describe(mismatch.getTargetType(), enumValues);
        }
        if (e instanceof InputCoercionException coercion) {
            return "number out of range for " + describe(coercion.getTargetType(), enumValues) + " ("
                    + coercion.getTargetType().getSimpleName() + ")";
        }
        if (e instanceof StreamConstraintsException) {
            // Jackson's StreamReadConstraints: a number of over 1000 digits, a string of millions of characters...
            return "exceeds the limits of a request body (" + String.valueOf(e.getOriginalMessage())
                    .split("[(:]")[0].trim() + ")";
        }
        if (isDuplicate(e)) {
            return "duplicate field: each field may appear once";
        }
        if (e instanceof JsonMappingException) {
            return "invalid value";
        }
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return "malformed JSON" + location + ": " + firstLine(e.getOriginalMessage());
    }

    private static boolean isDuplicate(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static final Map<Class<?>, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(String.class, "a string"), Map.entry(int.class, "an integer"),
            Map.entry(Integer.class, "an integer"), Map.entry(long.class, "an integer"),
            Map.entry(Long.class, "an integer"), Map.entry(short.class, "an integer"),
            Map.entry(Short.class, "an integer"), Map.entry(BigInteger.class, "an integer"),
            Map.entry(double.class, "a number"), Map.entry(Double.class, "a number"),
            Map.entry(float.class, "a number"), Map.entry(Float.class, "a number"),
            Map.entry(BigDecimal.class, "a number"), Map.entry(boolean.class, "true or false"),
            Map.entry(Boolean.class, "true or false"), Map.entry(UUID.class, "a UUID"));

    static String describe(Class<?> type, Function<Class<?>, String> enumValues) {
        if (type == null) {
            return "a value of another type";
        }
        if (DESCRIPTIONS.containsKey(type)) {
            return DESCRIPTIONS.get(type);
        }
        if (InputRules.isTemporal(type)) {
            return InputRules.expectedTemporal(type);
        }
        if (type.isEnum()) {
            return "one of " + enumValues.apply(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
