package cn.gov.samr.campaigns.platform.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * How a public GET says what its answer is made of, in one line on the resource method:
 * {@code @Extension(name = PublicCache.EXTENSION, value = "activities,launch-ceremonies")} names the scopes of the
 * {@code public_change} table whose writes change the answer. One annotation serves both sides: at run time
 * {@link PublicCacheFilter} answers 304 from the scopes' version without building the body, and at build time the
 * OpenAPI filter documents the ETag, Last-Modified, Cache-Control, the 304 and the conditional headers (and drops the
 * extension from the served document).
 */
public final class PublicCache {

    public static final String EXTENSION = "x-public-cache";

    /**
     * Not a table's scope: the answer depends on the China day too (e.g. the divisions current today), so the ETag
     * names the day and Last-Modified is at least its midnight.
     */
    public static final String TODAY = "today";

    private PublicCache() {
    }

    /** The scopes a resource method declares, empty when it is not a cacheable public read. */
    public static List<String> scopesOf(Method method) {
        for (Extension extension : method.getAnnotationsByType(Extension.class)) {
            if (EXTENSION.equals(extension.name())) {
                return scopes(extension.value());
            }
        }
        return List.of();
    }

    static List<String> scopes(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
