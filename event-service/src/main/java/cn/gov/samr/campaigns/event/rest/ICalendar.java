package cn.gov.samr.campaigns.event.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityFormat;
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

    /**
     * Where an event points to and who organises it.
     *
     * @param pageBase     the public site's base URL: an activity's URL is {@code <pageBase>/activities/<id>}; null for
     *                     no URL
     * @param organizerUri ORGANIZER needs a cal-address (a URI) besides its CN; the bureaus publish no address for
     *                     calendar replies, so this is a configured no-reply address; null for no ORGANIZER
     * @param bureaus      provincial unit code → the Chinese name of the unit (江苏省): its bureau is the organiser
     */
    record Links(String pageBase, String organizerUri, Map<String, String> bureaus) {

        static final Links NONE = new Links(null, null, Map.of());

        /** 江苏省 → 江苏省市场监督管理局, the provincial bureau's name as it signs its notices. */
        String bureauOf(String provincialUnit) {
            String unit = bureaus.get(provincialUnit);
            return unit == null ? null : unit + BUREAU;
        }
    }

    /** 市场监督管理局: every provincial unit's market regulation bureau is its name followed by this. */
    static final String BUREAU = "市场监督管理局";

    static String of(String name, List<Activity> activities, Instant now) {
        return of(name, activities, List.of(), now, Links.NONE);
    }

    static String of(String name, List<Activity> activities, List<LaunchCeremony> ceremonies, Instant now) {
        return of(name, activities, ceremonies, now, Links.NONE);
    }

    /**
     * Activities, then launch ceremonies: a ceremony is an event of its own (UID {@code launch-ceremony-<id>},
     * CATEGORIES launch-ceremony), all day when its start time is unknown, at the place and on the day it was held
     * (or is planned), with its link as URL when online or hybrid.
     */
    static String of(String name, List<Activity> activities, List<LaunchCeremony> ceremonies, Instant now,
            Links links) {
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
            line(out, "SUMMARY;LANGUAGE=zh-CN:" + text(a.title.zh()));
            String description = description(a);
            if (description != null) {
                line(out, "DESCRIPTION:" + text(description));
            }
            // RFC 5545 allows one SUMMARY and one DESCRIPTION: the English ones, where the bureau wrote them, go in
            // X- properties too, for clients that pick the language themselves
            if (a.title.en() != null && !a.title.en().isBlank()) {
                line(out, "X-SAMR-SUMMARY;LANGUAGE=en:" + text(a.title.en()));
            }
            if (a.descriptionEn != null && !a.descriptionEn.isBlank()) {
                line(out, "X-SAMR-DESCRIPTION;LANGUAGE=en:" + text(a.descriptionEn));
            }
            if (a.venueAddress != null) {
                line(out, "LOCATION:" + text(a.venueAddress));
            }
            if (a.latitude != null && a.longitude != null) {
                line(out, "GEO:" + a.latitude.toPlainString() + ";" + a.longitude.toPlainString());
            }
            if (links.pageBase() != null) {
                line(out, "URL;VALUE=URI:" + uri(links.pageBase() + "/activities/" + a.id));
            }
            if (a.onlineUrl != null && a.format != ActivityFormat.OFFLINE) {
                // RFC 7986 §5.11: where to join an online or hybrid activity
                line(out, "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=" + param("线上参加 Join online") + ":"
                        + uri(a.onlineUrl));
            }
            String bureau = links.bureauOf(a.provincialUnit);
            if (links.organizerUri() != null && bureau != null) {
                line(out, "ORGANIZER;CN=" + param(bureau) + ":" + uri(links.organizerUri()));
            }
            // the type's code for programs, then its words for people, one language each
            line(out, "CATEGORIES:" + text(a.type.name().toLowerCase().replace('_', '-')));
            line(out, "CATEGORIES;LANGUAGE=zh-CN:" + text(a.type.zh()));
            line(out, "CATEGORIES;LANGUAGE=en:" + text(a.type.en()));
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
            line(out, "URL;VALUE=URI:" + uri(c.link));
            if (c.outcome == LaunchOutcome.ONLINE || c.outcome == LaunchOutcome.HYBRID) {
                // RFC 7986 §5.11: how to join; a calendar shows it as a "join" button
                line(out, "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=" + param("线上参加 Join online") + ":"
                        + uri(c.link));
            }
        }
        line(out, "CATEGORIES:launch-ceremony");
        line(out, "STATUS:" + (c.outcome == LaunchOutcome.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "LAST-MODIFIED:" + UTC.format(c.updatedAt.toInstant().truncatedTo(ChronoUnit.SECONDS)));
        line(out, "SEQUENCE:" + c.version);
        line(out, "END:VEVENT");
    }

    /**
     * The Chinese description, then the English title and description where the bureau wrote them, separated by a
     * blank line: a calendar shows one DESCRIPTION, and a visitor who reads no Chinese should still find English.
     */
    static String description(Activity a) {
        List<String> parts = new ArrayList<>();
        if (a.descriptionZh != null && !a.descriptionZh.isBlank()) {
            parts.add(a.descriptionZh);
        }
        String english = Stream.of(a.title.en(), a.descriptionEn).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        if (!english.isEmpty()) {
            parts.add(english);
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /**
     * A parameter value (RFC 5545 §3.2): always quoted, so that ; : , need no thought; DQUOTE and control characters
     * cannot be in one at all and are dropped.
     */
    static String param(String value) {
        return "\"" + value.replaceAll("[\"\\x00-\\x08\\x0A-\\x1F\\x7F]", "") + "\"";
    }

    /** A URI value is not TEXT and is not escaped, but a control character would end the line: none passes. */
    static String uri(String value) {
        return value.replaceAll("[\\x00-\\x20\\x7F]", "");
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
