package cn.gov.samr.campaigns.e2e;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Where two JSON documents differ, as JSON pointers: a readable failure instead of two 100 kB documents. */
final class JsonDifferences {

    private static final int MAX = 50;

    private JsonDifferences() {
    }

    /** Adds to {@code out} each pointer under {@code pointer} where the two differ, up to 50. */
    static void collect(String pointer, JsonNode stored, JsonNode served, List<String> out) {
        if (out.size() >= MAX || stored.equals(served)) {
            return;
        }
        if (stored.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!stored.has(name)) {
                    out.add(child + ": only served");
                } else if (!served.has(name)) {
                    out.add(child + ": only stored");
                } else {
                    collect(child, stored.get(name), served.get(name), out);
                }
            }
        } else if (stored.isArray() && served.isArray() && stored.size() == served.size()) {
            for (int i = 0; i < stored.size(); i++) {
                collect(pointer + "/" + i, stored.get(i), served.get(i), out);
            }
        } else {
            out.add(pointer + ": stored " + abbreviated(stored) + ", served " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
