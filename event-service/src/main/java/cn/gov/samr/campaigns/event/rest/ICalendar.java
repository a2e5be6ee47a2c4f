package cn.gov.samr.campaigns.event.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;

/**
 * Writes activities as an RFC 5545 calendar that phones and desktop calendars subscribe to. Times are UTC
 * ("Z"), so no VTIMEZONE is needed; text is escaped and lines are folded at 75 octets without splitting a
 * UTF-8 character, as Chinese titles would otherwise be.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String UID_DOMAIN = "@certification-campaigns.samr.gov.cn";

    private ICalendar() {
    }

    static String of(String name, List<Activity> activities, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//SAMR//Certification Campaigns//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        for (Activity a : activities) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + a.id + UID_DOMAIN);
            line(out, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTSTART:" + UTC.format(a.startsAt.toInstant()));
            line(out, "DTEND:" + UTC.format(a.endsAt.toInstant()));
            line(out, "SUMMARY:" + text(a.title.zh()));
            if (a.descriptionZh != null) {
                line(out, "DESCRIPTION:" + text(a.descriptionZh));
            }
            if (a.venueAddress != null) {
                line(out, "LOCATION:" + text(a.venueAddress));
            }
            if (a.latitude != null && a.longitude != null) {
                line(out, "GEO:" + a.latitude.toPlainString() + ";" + a.longitude.toPlainString());
            }
            line(out, "CATEGORIES:" + text(a.type.name().toLowerCase().replace('_', '-')));
            line(out, "STATUS:" + (a.status == ActivityStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "LAST-MODIFIED:" + UTC.format(a.updatedAt.toInstant().truncatedTo(ChronoUnit.SECONDS)));
            line(out, "SEQUENCE:" + a.version);
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (RFC 5545 §3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
