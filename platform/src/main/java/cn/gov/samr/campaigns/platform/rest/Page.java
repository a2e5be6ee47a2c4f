package cn.gov.samr.campaigns.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of a list; {@code next} is the opaque cursor of the following page, absent on the last one. */
public record Page<T>(@Schema(required = true, description = "This page's items, at most limit") List<T> items,
        @Schema(description = "The cursor of the next page; absent on the last page") @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

    /**
     * Builds the page from a query that fetched {@code limit + 1} rows: the extra row only tells that more exist.
     *
     * @param cursorOf the cursor that resumes after a given item
     */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
    }
}
