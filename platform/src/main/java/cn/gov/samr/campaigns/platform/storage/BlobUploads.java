package cn.gov.samr.campaigns.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.rest.UnsupportedTypeProblem;

/**
 * Streams a request body into the {@link BlobStore}: the type is judged from the leading bytes before anything is
 * stored (415), the size is enforced while streaming (413, the partial file removed), and the SHA-256 is computed
 * on the way. Call it from a blocking endpoint that takes the body as an {@link InputStream}.
 */
@ApplicationScoped
public class BlobUploads {

    /** What an endpoint accepts: at most {@code maxBytes}, of one of the {@code accepted} types. */
    public record Policy(long maxBytes, Set<ContentType> accepted) {
    }

    /** A stored upload: its key, size, SHA-256 (lower-case hex) and detected type. */
    public record Stored(String key, long sizeBytes, String sha256, ContentType type) {
        public String mediaType() {
            return type.mediaType();
        }
    }

    private final BlobStore store;

    public BlobUploads(BlobStore store) {
        this.store = store;
    }

    public Stored store(String key, InputStream body, Policy policy) {
        DigestingInputStream counted = new DigestingInputStream(body, policy.maxBytes());
        try {
            byte[] head = counted.readNBytes(ContentSniffer.HEAD_BYTES);
            if (head.length == 0) {
                throw new InvalidInputException(List.of(new FieldError("body", "the file is empty")));
            }
            ContentType type = ContentSniffer.sniff(head, head.length);
            if (!policy.accepted().contains(type)) {
                throw new UnsupportedTypeProblem("The content is " + type.mediaType() + " (detected from its bytes); "
                        + "accepted here: " + policy.accepted().stream().map(ContentType::mediaType)
                                .collect(Collectors.joining(", ")) + ".");
            }
            store.put(key, new SequenceInputStream(new ByteArrayInputStream(head), counted));
            return new Stored(key, counted.count(), counted.sha256Hex(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("upload to " + key + " failed", e);
        }
    }
}
