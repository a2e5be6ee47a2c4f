package cn.gov.samr.campaigns.platform.storage;

import java.util.Optional;

/**
 * One byte range of a representation (RFC 9110 §14): {@code first} to {@code last} inclusive.
 *
 * @param first first byte, 0-based
 * @param last  last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** What a {@code Range} header asks of a representation of a given size. */
    public sealed interface Request {
    }

    /** No usable Range header: send the whole representation (absent, not bytes, malformed, or several ranges). */
    public record Whole() implements Request {
    }

    public record Partial(ByteRange range) implements Request {
    }

    /** Well-formed but outside the representation: 416. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a 206. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Reads a {@code Range} header for a representation of {@code size} bytes. Only a single range is served:
     * RFC 9110 lets a server ignore a Range header, and answering several ranges with a whole file is simpler and
     * safer (no multipart bodies, no overlapping-range amplification) than a multipart/byteranges answer.
     */
    public static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = value.substring(6).trim();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash).trim());
        Optional<Long> end = number(spec.substring(dash + 1).trim());
        boolean startGiven = dash > 0;
        boolean endGiven = dash < spec.length() - 1;
        if (startGiven && start.isEmpty() || endGiven && end.isEmpty() || !startGiven && !endGiven) {
            return new Whole();
        }
        if (!startGiven) { // suffix: the last N bytes
            long suffix = end.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = start.get();
        if (endGiven && end.get() < first) {
            return new Whole(); // invalid: last before first
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = endGiven ? Math.min(end.get(), size - 1) : size - 1;
        return new Partial(new ByteRange(first, last));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
