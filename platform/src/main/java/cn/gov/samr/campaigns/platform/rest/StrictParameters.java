package cn.gov.samr.campaigns.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * A query parameter the operation does not take ({@code ?lat=}, {@code ?bbox=}), one it takes once given twice
 * ({@code ?campaign=a&campaign=b}), and a query or path value with a control character are a 400 naming each: a
 * client whose filter was silently dropped believes it was applied. The parameters an operation takes are read
 * from its method (and its {@code @BeanParam} classes) once and cached. Endpoints outside JAX-RS ({@code /q/...})
 * are not filtered.
 */
public class StrictParameters {

    /** Per resource method: each query parameter it takes, and whether it takes several values. */
    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Boolean> takes = declared.computeIfAbsent(method,
                m -> queryParametersOf(resource.getResourceClass(), m));
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        query.forEach((name, values) -> {
            Boolean multiple = takes.get(name);
            if (multiple == null) {
                errors.add(new FieldError(name, takes.isEmpty() ? "unknown query parameter; this operation takes none"
                        : "unknown query parameter; this operation takes " + String.join(", ", takes.keySet())));
                return;
            }
            if (!multiple && values.size() > 1) {
                errors.add(new FieldError(name, "given " + values.size() + " times; it takes one value"));
            }
            textOf(name, values, errors);
        });
        request.getUriInfo().getPathParameters().forEach((name, values) -> textOf(name, values, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void textOf(String name, List<String> values, List<FieldError> errors) {
        for (String value : values) {
            try {
                InputRules.text(value);
            } catch (InputRules.Refused e) {
                errors.add(new FieldError(name, e.getMessage()));
                return;
            }
        }
    }

    static Map<String, Boolean> queryParametersOf(Class<?> resourceClass, Method method) {
        Map<String, Boolean> takes = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getName(), parameter.getType(), takes, 0);
        }
        if (resourceClass != null) {
            fieldsOf(resourceClass, takes, 0);
        }
        return Map.copyOf(takes);
    }

    /** A parameter or field: a query parameter itself, or a bean of them (with or without {@code @BeanParam}). */
    private static void collect(AnnotatedElement element, String javaName, Class<?> type, Map<String, Boolean> takes,
            int depth) {
        for (Annotation a : element.getAnnotations()) {
            String name = ParamNames.queryName(a);
            if (name != null) {
                takes.put(name.isEmpty() ? javaName : name, isMultiple(type));
                return;
            }
        }
        if (depth < 3 && !type.isPrimitive() && !type.isArray() && !type.getName().startsWith("java")) {
            fieldsOf(type, takes, depth + 1);
        }
    }

    private static void fieldsOf(Class<?> type, Map<String, Boolean> takes, int depth) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(jakarta.ws.rs.BeanParam.class)) {
                    fieldsOf(field.getType(), takes, depth + 1);
                    continue;
                }
                for (Annotation a : field.getAnnotations()) {
                    String name = ParamNames.queryName(a);
                    if (name != null) {
                        takes.put(name.isEmpty() ? field.getName() : name, isMultiple(field.getType()));
                    }
                }
            }
        }
    }

    private static boolean isMultiple(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }
}
