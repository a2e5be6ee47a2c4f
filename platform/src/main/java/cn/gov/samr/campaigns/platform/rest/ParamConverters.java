package cn.gov.samr.campaigns.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query, path and header parameters of the types the services take (UUID, integers, booleans, dates and times)
 * are converted strictly, and a value that does not convert is a 400 naming the parameter ({@code to},
 * {@code id}...), where JAX-RS would answer 404. Dates and times keep the {@link InputRules} (years 2000–2100).
 * Enums are {@link EnumParamConverters}' part.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private record Rule(Function<String, Object> parse, boolean primitive) {
    }

    private static final Map<Class<?>, Rule> RULES = Map.ofEntries(
            Map.entry(UUID.class, new Rule(ParamConverters::uuid, false)),
            Map.entry(Integer.class, new Rule(ParamConverters::integer, false)),
            Map.entry(int.class, new Rule(ParamConverters::integer, true)),
            Map.entry(Long.class, new Rule(ParamConverters::longInteger, false)),
            Map.entry(long.class, new Rule(ParamConverters::longInteger, true)),
            Map.entry(Boolean.class, new Rule(ParamConverters::bool, false)),
            Map.entry(boolean.class, new Rule(ParamConverters::bool, true)),
            Map.entry(java.time.LocalDate.class, temporal(java.time.LocalDate.class)),
            Map.entry(java.time.OffsetDateTime.class, temporal(java.time.OffsetDateTime.class)),
            Map.entry(java.time.LocalDateTime.class, temporal(java.time.LocalDateTime.class)),
            Map.entry(java.time.Instant.class, temporal(java.time.Instant.class)));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Rule rule = RULES.get(rawType);
        if (rule == null) {
            return null;
        }
        String name = ParamNames.of(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || (value.isEmpty() && !rule.primitive())) {
                    return null; // ?from= is no filter, as absent
                }
                try {
                    return (T) rule.parse().apply(value);
                } catch (InputRules.Refused e) {
                    throw new InvalidInputException(List.of(new Problem.FieldError(name, e.getMessage())));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    static Object uuid(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new InputRules.Refused("must be a UUID, e.g. 0b0e8b8e-8f5e-4a52-9a41-3a4e0a6a2b11");
        }
        return UUID.fromString(text);
    }

    static Object integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InputRules.Refused("must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }

    static Object longInteger(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InputRules.Refused("must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    static Object bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InputRules.Refused("must be true or false");
        };
    }

    private static Rule temporal(Class<?> type) {
        return new Rule(text -> InputRules.temporal(type, text), false);
    }
}
