package cn.gov.samr.campaigns.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a changes feed ({@code GET …/changes?after=}): the objects changed since the cursor, in commit order,
 * each as its detail GET shows it. Unlike a {@link Page}, {@code next} is always there: a feed has no last page,
 * the caller keeps the cursor and asks again later.
 */
public record Changes<T>(
        @Schema(required = true, description = "The changed objects in the order their changes committed, at most "
                + "limit; an object changed again before it was read appears once, as it is now") List<T> items,
        @Schema(required = true, description = "The cursor to send as after next time, even when items is empty; "
                + "opaque") String next,
        @Schema(required = true, description = "True when more changes wait beyond this page: ask again at once "
                + "with next; false when the feed is drained for now") boolean more) {
}
