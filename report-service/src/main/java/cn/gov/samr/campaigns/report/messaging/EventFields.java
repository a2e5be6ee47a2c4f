package cn.gov.samr.campaigns.report.messaging;

import java.util.regex.Pattern;

/** What the projections' columns take of an event's codes and names. */
final class EventFields {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private EventFields() {
    }

    /** A six-digit GB/T 2260 code. */
    static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    /** A JSON enum name (type, setting, status): present and at most 40 characters. */
    static boolean isName(String value) {
        return value != null && !value.isBlank() && value.length() <= 40;
    }
}
