package cn.gov.samr.campaigns.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: the entity's version is its ETag, and If-Match names the version read. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names: null when absent or {@code *} (no check), and a version no entity has
     * when malformed, so that it matches nothing, as RFC 9110 wants.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || "*".equals(header.trim())) {
            return null;
        }
        try {
            return Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
