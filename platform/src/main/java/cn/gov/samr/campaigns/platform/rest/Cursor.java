package cn.gov.samr.campaigns.platform.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key of the last item seen, base64url-encoded so that clients do not build them.
 * <p>
 * Decoding is typed: the caller says what each key is ({@link Key}), every key is parsed and checked here (a UUID,
 * a date or time in the years 2000–2100, text without control characters), and a cursor that does not decode or
 * parse is a 400 on the {@code cursor} parameter, never a 500. Callers read the keys back typed, so none of them
 * parses a key by hand.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 1000;

    /** The types a cursor key can have. */
    public enum Key {
        TEXT, UUID, DATE, TIMESTAMP,
        /** A non-negative whole number, e.g. a PostgreSQL transaction id (xid8) of a changes feed. */
        COUNTER
    }

    private static final Cursor NONE = new Cursor(List.of(), List.of());

    private final List<Key> keys;
    private final List<Object> values;

    private Cursor(List<Key> keys, List<Object> values) {
        this.keys = keys;
        this.values = values;
    }

    public static String encode(String... keys) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor resumes after, its keys of the given types; {@link #isEmpty() empty} for no cursor
     * (the first page).
     *
     * @throws InvalidInputException on {@code cursor} for anything this list did not return
     */
    public static Cursor decode(String cursor, Key... keys) {
        if (cursor == null || cursor.isBlank()) {
            return NONE;
        }
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != keys.length) {
                throw new IllegalArgumentException("arity");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                values.add(parse(keys[i], parts[i]));
            }
            return new Cursor(List.of(keys), values);
        } catch (IllegalArgumentException | InputRules.Refused e) {
            throw new InvalidInputException(List.of(new Problem.FieldError("cursor",
                    "not a cursor this list returned; start again without one")));
        }
    }

    private static Object parse(Key key, String text) {
        return switch (key) {
            case TEXT -> InputRules.text(text);
            case UUID -> ParamConverters.uuid(text);
            case DATE -> InputRules.temporal(LocalDate.class, text);
            case TIMESTAMP -> InputRules.temporal(OffsetDateTime.class, text);
            case COUNTER -> counter(text);
        };
    }

    private static Long counter(String text) {
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a counter");
        }
        return Long.parseLong(text);
    }

    /** True for no cursor: the first page; every key reads null then. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String text(int index) {
        return (String) get(index, Key.TEXT);
    }

    public UUID uuid(int index) {
        return (UUID) get(index, Key.UUID);
    }

    public LocalDate date(int index) {
        return (LocalDate) get(index, Key.DATE);
    }

    public OffsetDateTime timestamp(int index) {
        return (OffsetDateTime) get(index, Key.TIMESTAMP);
    }

    public long counter(int index) {
        return (Long) get(index, Key.COUNTER);
    }

    private Object get(int index, Key key) {
        if (isEmpty()) {
            return null;
        }
        if (keys.get(index) != key) {
            throw new IllegalStateException("cursor key " + index + " was decoded as " + keys.get(index) + ", not "
                    + key);
        }
        return values.get(index);
    }
}
