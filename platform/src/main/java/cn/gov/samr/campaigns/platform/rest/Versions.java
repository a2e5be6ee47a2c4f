package cn.gov.samr.campaigns.platform.rest;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the entity's version is its ETag, and If-Match names the version read.
 * A write answers the version its commit stores (the services flush before the answer is built), so the ETag of one
 * write is the If-Match of the next.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an optional If-Match header names: null when absent or {@code *} (no check), and a version no
     * entity has when malformed or not a single tag, so that it matches nothing, as RFC 9110 wants.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> tags = EntityTags.parse(header);
        if (tags.equals(List.of("*"))) {
            return null;
        }
        if (tags.size() != 1 || tags.get(0).startsWith("W/")) {
            return -1L; // If-Match compares strongly: a weak tag never matches (RFC 9110 §13.1.1)
        }
        try {
            return Long.parseLong(EntityTags.opaque(tags.get(0)));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * If-Match on a PUT or PATCH of a shared object: without it two writers silently overwrite each other, so its
     * absence is a 428 (RFC 6585). {@code If-Match: *} is honoured as RFC 9110 defines it (the resource exists, so it
     * matches): the caller says explicitly that it overwrites whatever is there.
     *
     * @param what the resource, for the problem's detail, e.g. "campaign"
     */
    public static Long required(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredProblem("Changing a " + what + " requires If-Match: GET the resource and "
                    + "send its ETag in If-Match, so that a change made meanwhile by someone else is not overwritten.");
        }
        return ifMatch(header);
    }

    /**
     * The write's own check of the version the caller last read: 412 when the object moved on since.
     *
     * @param what     the object, for the problem's detail, e.g. "Campaign"
     * @param expected the version from If-Match, or null ({@code *}) to skip the check
     */
    public static void require(String what, Object id, long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw new PreconditionFailedProblem(what + " " + id + " is at version " + actual + ", not " + expected
                    + "; read it again.");
        }
    }
}
