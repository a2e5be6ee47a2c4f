package cn.gov.samr.campaigns.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Query parameters take enum values as the JSON bodies write them ({@code ?kind=organic-product-week}), and an
 * unknown value is a 400 naming the parameter rather than JAX-RS's default 404.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    private final ObjectMapper json;

    public EnumParamConverters(ObjectMapper json) {
        this.json = json;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = ParamNames.of(annotations);
        Map<String, T> byWireName = Arrays.stream(rawType.getEnumConstants())
                .collect(Collectors.toMap(c -> json.convertValue(c, String.class), Function.identity()));
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                T constant = byWireName.get(value);
                if (constant == null) {
                    throw new InvalidInputException(List.of(new Problem.FieldError(name,
                            "unknown value " + InputRules.quote(value) + "; expected one of " + byWireName.keySet())));
                }
                return constant;
            }

            @Override
            public String toString(T value) {
                return json.convertValue(value, String.class);
            }
        };
    }
}
