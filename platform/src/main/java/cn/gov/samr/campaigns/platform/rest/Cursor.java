package cn.gov.samr.campaigns.platform.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of the last item seen, base64url-encoded so that clients do not build them.
 * A tampered or stale cursor is a 400 on the {@code cursor} parameter, not a 500.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(String... keys) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor, or an empty list for no cursor; expects {@code arity} keys. */
    public static List<String> decode(String cursor, int arity) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            List<String> keys = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1));
            if (keys.size() == arity) {
                return keys;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw new InvalidInputException(List.of(new Problem.FieldError("cursor", "not a cursor this list returned")));
    }
}
