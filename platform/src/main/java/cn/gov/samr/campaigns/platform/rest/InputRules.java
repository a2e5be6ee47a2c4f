package cn.gov.samr.campaigns.platform.rest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules every value a client sends keeps, wherever it arrives: a JSON body, a query or path parameter, a
 * cursor. Checked before any arithmetic or database call, so that PostgreSQL never sees a NUL character or the
 * year 999999999, and a client never gets a 500 for either.
 */
public final class InputRules {

    /** Dates and times lie in these years, both inclusive: plenty for campaigns, and far from any overflow. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** Digits of a decimal number (before and after the point) and its decimal exponent, at most. */
    public static final int MAX_DIGITS = 100;

    /** A value that breaks a rule; the message is for the client and says what is expected. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private record Temporal(DateTimeFormatter format, Function<String, ?> parse, Function<Object, Integer> year,
            String expected) {
    }

    private static final String RANGE = " in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    private static final Map<Class<?>, Temporal> TEMPORALS = Map.of(
            LocalDate.class, new Temporal(DateTimeFormatter.ISO_LOCAL_DATE,
                    s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE), v -> ((LocalDate) v).getYear(),
                    "a date yyyy-MM-dd" + RANGE),
            OffsetDateTime.class, new Temporal(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                    s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    v -> ((OffsetDateTime) v).getYear(),
                    "a date-time with offset, e.g. 2022-09-19T09:00:00+08:00," + RANGE),
            LocalDateTime.class, new Temporal(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                    s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                    v -> ((LocalDateTime) v).getYear(), "a date-time, e.g. 2022-09-19T09:00:00," + RANGE),
            Instant.class, new Temporal(DateTimeFormatter.ISO_INSTANT,
                    s -> DateTimeFormatter.ISO_INSTANT.parse(s, Instant::from),
                    v -> ((Instant) v).atOffset(ZoneOffset.UTC).getYear(),
                    "an instant in UTC, e.g. 2022-09-19T01:00:00Z," + RANGE));

    private InputRules() {
    }

    /** True for the date and time types this class parses and bounds. */
    public static boolean isTemporal(Class<?> type) {
        return TEMPORALS.containsKey(type);
    }

    /**
     * Parses an ISO 8601 date or time of one of the {@link #isTemporal temporal types} and checks its year.
     *
     * @throws Refused when the text is not one, or lies outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}
     */
    public static <T> T temporal(Class<T> type, String text) {
        Temporal rule = TEMPORALS.get(type);
        if (rule == null) {
            throw new IllegalArgumentException(type + " is not a temporal type of InputRules");
        }
        Object value;
        try {
            value = rule.parse().apply(text.strip());
        } catch (DateTimeException e) {
            throw new Refused("must be " + rule.expected());
        }
        int year = rule.year().apply(value);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Refused("must be " + rule.expected());
        }
        return type.cast(value);
    }

    /** What a temporal type's text must look like, for messages about a value of the wrong JSON type. */
    public static String expectedTemporal(Class<?> type) {
        Temporal rule = TEMPORALS.get(type);
        return rule == null ? "a " + type.getSimpleName() : rule.expected();
    }

    /**
     * Refuses control characters (U+0000–U+001F, U+007F) other than tab and newline: PostgreSQL cannot store a NUL,
     * and the others only corrupt what is displayed or exported.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw new Refused(String.format("must not contain control characters (U+%04X at position %d);"
                        + " only tab and newline are allowed", (int) c, i));
            }
        }
        return text;
    }

    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
    }

    /**
     * Bounds a decimal number: {@code 1e-999999999} is a valid JSON number that no column stores and whose
     * arithmetic never ends.
     */
    public static BigDecimal decimal(BigDecimal value) {
        if (value != null && (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS
                || value.precision() - (long) value.scale() > MAX_DIGITS)) {
            throw new Refused("number out of range: at most " + MAX_DIGITS + " digits before and after the point");
        }
        return value;
    }

    /** Refuses infinities and NaN, which {@code 1e999999999} becomes as a double. */
    public static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new Refused("number out of range");
        }
        return value;
    }

    /** Shortens a value the client sent, before a message repeats it. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
