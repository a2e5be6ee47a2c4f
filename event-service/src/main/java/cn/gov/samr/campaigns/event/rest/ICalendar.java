package cn.gov.samr.campaigns.event.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.CeremonyPlace;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * Writes activities as an RFC 5545 calendar that phones and desktop calendars subscribe to. Times are UTC
 * ("Z"), so no VTIMEZONE is needed; text is escaped and lines are folded at 75 octets without splitting a
 * UTF-8 character, as Chinese titles would otherwise be.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String UID_DOMAIN = "@certification-campaigns.samr.gov.cn";
    /** A launch ceremony's UID starts with this, so that it never collides with an activity's. */
    static final String CEREMONY_UID_PREFIX = "launch-ceremony-";

    private ICalendar() {
    }

    static String of(String name, List<Activity> activities, Instant now) {
        return of(name, activities, List.of(), now);
    }

    /**
     * Activities, then launch ceremonies: a ceremony is an event of its own (UID {@code launch-ceremony-<id>},
     * CATEGORIES launch-ceremony), all day when its start time is unknown, at the place and on the day it was held
     * (or is planned), with its link as URL when online or hybrid.
     */
    static String of(String name, List<Activity> activities, List<LaunchCeremony> ceremonies, Instant now) {
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
        for (LaunchCeremony c : ceremonies) {
            ceremony(out, c, now);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void ceremony(StringBuilder out, LaunchCeremony c, Instant now) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + CEREMONY_UID_PREFIX + c.id + UID_DOMAIN);
        line(out, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
        LocalDate day = c.day();
        if (c.plannedStartTime == null) {
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        } else {
            line(out, "DTSTART:" + UTC.format(day.atTime(c.plannedStartTime).atZone(ChinaClock.ZONE).toInstant()));
        }
        line(out, "SUMMARY:" + text(c.title.zh()));
        CeremonyPlace place = c.place();
        if (place != null && place.address() != null) {
            line(out, "LOCATION:" + text(place.address()));
        }
        if (place != null && place.latitude() != null && place.longitude() != null) {
            line(out, "GEO:" + place.latitude().toPlainString() + ";" + place.longitude().toPlainString());
        }
        if (c.link != null) {
            line(out, "URL:" + c.link);
        }
        line(out, "CATEGORIES:launch-ceremony");
        line(out, "STATUS:" + (c.outcome == LaunchOutcome.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "LAST-MODIFIED:" + UTC.format(c.updatedAt.toInstant().truncatedTo(ChronoUnit.SECONDS)));
        line(out, "SEQUENCE:" + c.version);
        line(out, "END:VEVENT");
    }

    /** CONTROL of RFC 5545 §3.1 without HTAB (line breaks are escaped before). */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

    /**
     * TEXT values escape backslash, semicolon, comma and every line break, a bare carriage return included (RFC 5545
     * §3.3.11): a raw CR or LF would end the content line and let the rest of the value pose as properties or events
     * of its own. Other control characters are not TEXT at all and are dropped.
     */
    static String text(String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
        return NOT_TEXT.matcher(escaped).replaceAll("");
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
