package cn.gov.samr.campaigns.platform.storage;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.PathPart;

import cn.gov.samr.campaigns.platform.rest.RangeNotSatisfiableProblem;

/**
 * Answers a GET of a stored file the way download clients expect: a strong ETag from the SHA-256, Last-Modified,
 * 304 for If-None-Match / If-Modified-Since, a single {@code Range} (with If-Range) as 206, 416 for a range
 * outside the file, and the bytes streamed from the store, never held whole in memory. A file the store keeps on the
 * local file system is handed to Vert.x as a {@link PathPart}, which sends it with the kernel's sendfile (no copy
 * through the JVM's heap, as nginx does); any other store's bytes are copied from its stream.
 */
@ApplicationScoped
public class BlobDownloads {

    /** A stored file as its owner describes it. */
    public record Blob(String key, long sizeBytes, String sha256, String mediaType, String fileName,
            Instant lastModified) {
    }

    /**
     * The answer, still open for the caller's own headers (e.g. Cache-Control), and what it sends.
     *
     * @param range the bytes sent; null for a 304
     */
    public record Served(Response.ResponseBuilder response, int status, ByteRange range) {
    }

    private static final int COPY_BUFFER = 256 * 1024;

    private final BlobStore store;

    public BlobDownloads(BlobStore store) {
        this.store = store;
    }

    public Served serve(Blob blob, HttpHeaders request) {
        String etag = "\"" + blob.sha256() + "\"";
        Instant modified = blob.lastModified().truncatedTo(ChronoUnit.SECONDS);
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC));
        if (notModified(request, etag, modified)) {
            return new Served(Response.notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.LAST_MODIFIED, lastModified), 304, null);
        }
        ByteRange.Request asked = ByteRange.parse(request.getHeaderString("Range"), blob.sizeBytes());
        if (!(asked instanceof ByteRange.Whole) && !ifRangeHolds(request.getHeaderString("If-Range"), etag, modified)) {
            asked = new ByteRange.Whole(); // the client's copy is stale: it gets the whole new file
        }
        if (asked instanceof ByteRange.Unsatisfiable) {
            throw new RangeNotSatisfiableProblem(blob.sizeBytes());
        }
        Response.ResponseBuilder response;
        ByteRange range;
        if (asked instanceof ByteRange.Partial partial) {
            range = partial.range();
            response = Response.status(206).header("Content-Range", range.contentRange(blob.sizeBytes()));
        } else {
            range = new ByteRange(0, blob.sizeBytes() - 1);
            response = Response.ok();
        }
        response.entity(body(blob.key(), range)).type(blob.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, range.length())
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header("Content-Disposition", contentDisposition(blob.fileName()));
        return new Served(response, asked instanceof ByteRange.Partial ? 206 : 200, range);
    }

    /** The range as a file part when the store has the file locally (sendfile), else copied from its stream. */
    private Object body(String key, ByteRange range) {
        if (range.length() > 0) {
            Optional<Path> file = store.localFile(key);
            if (file.isPresent()) {
                return new PathPart(file.get(), range.first(), range.length());
            }
        }
        return stream(key, range);
    }

    private StreamingOutput stream(String key, ByteRange range) {
        return out -> {
            try (InputStream in = store.open(key, range.first(), range.length())) {
                // Larger writes than transferTo's 16 KiB: fewer hand-overs to the event loop per gigabyte.
                byte[] buffer = new byte[COPY_BUFFER];
                for (int n; (n = in.read(buffer)) != -1;) {
                    out.write(buffer, 0, n);
                }
            }
        };
    }

    /** If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2). */
    static boolean notModified(HttpHeaders request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals("*") || weak(tag).equals(etag));
        }
        Instant since = httpDate(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
        return since != null && !modified.isAfter(since);
    }

    /** If-Range: a strong ETag must match exactly, a date must be the Last-Modified date itself. */
    static boolean ifRangeHolds(String ifRange, String etag, Instant modified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        Instant date = httpDate(value);
        return date != null && date.equals(modified);
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    /** An ASCII fallback for old clients and the exact UTF-8 name (RFC 6266), e.g. for Chinese file names. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
