package cn.gov.samr.campaigns.platform.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

/** Proactive content negotiation (RFC 9110 §12.5.1) between the few representations one operation offers. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The offered type the Accept header prefers: highest quality first, then the more specific range, then the
     * order offered; the first offered when Accept is absent, unreadable or accepts none of them (the operation's
     * default, rather than a 406 for a client that sent a careless header).
     */
    public static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank() || offered.size() == 1) {
            return offered.get(0);
        }
        List<MediaType> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            try {
                ranges.add(MediaType.valueOf(part.strip()));
            } catch (IllegalArgumentException e) {
                // an unreadable range is ignored, as if it was not there
            }
        }
        String best = offered.get(0);
        double bestQuality = -1;
        int bestSpecificity = -1;
        for (String type : offered) {
            MediaType candidate = MediaType.valueOf(type);
            for (MediaType range : ranges) {
                if (!range.isCompatible(candidate)) {
                    continue;
                }
                double quality = quality(range);
                int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (quality > 0 && (quality > bestQuality || quality == bestQuality && specificity > bestSpecificity)) {
                    best = type;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
