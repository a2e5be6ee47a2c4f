package cn.gov.samr.campaigns.platform.rest;

import java.util.ArrayList;
import java.util.List;

/** Entity-tag lists as If-Match and If-None-Match carry them (RFC 9110 §8.8.3): {@code *} or tags, comma separated. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * The tags of a header, each as written ({@code "3"}, {@code W/"3"}) or {@code *}. Commas inside a quoted tag
     * belong to the tag; an unquoted word (not RFC, but sent by careless clients) is kept as it is.
     */
    public static List<String> parse(String header) {
        List<String> tags = new ArrayList<>();
        if (header == null) {
            return tags;
        }
        StringBuilder tag = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                tag.append(c);
            } else if (c == ',' && !quoted) {
                add(tags, tag);
            } else {
                tag.append(c);
            }
        }
        add(tags, tag);
        return tags;
    }

    /** The tag without its weakness marker and quotes: what weak comparison compares. */
    public static String opaque(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** If-None-Match: {@code *} matches any current representation, a tag matches by weak comparison. */
    public static boolean noneMatchHolds(String header, String currentOpaque) {
        return parse(header).stream().anyMatch(tag -> tag.equals("*") || opaque(tag).equals(currentOpaque));
    }

    private static void add(List<String> tags, StringBuilder tag) {
        String value = tag.toString().trim();
        if (!value.isEmpty()) {
            tags.add(value);
        }
        tag.setLength(0);
    }
}
