package cn.gov.samr.campaigns.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where uploaded files live: the local filesystem by default, an object store in production. Keys are
 * slash-separated relative paths chosen by the caller (e.g. {@code materials/<id>/3}); content is only ever
 * streamed, never held whole in memory.
 */
public interface BlobStore {

    /**
     * Stores the stream under the key, replacing what was there; readers see either the old or the complete new
     * content, never a partial one. If the stream fails (too large, client gone), nothing is left behind.
     *
     * @return the number of bytes stored
     */
    long put(String key, InputStream content) throws IOException;

    /** A stream over {@code length} bytes from {@code offset}; the caller closes it. */
    InputStream open(String key, long offset, long length) throws IOException;

    /** The stored size, or empty if nothing is stored under the key. */
    OptionalLong size(String key) throws IOException;

    /** @return whether something was deleted */
    boolean delete(String key) throws IOException;

    /**
     * The local file that holds the key's content, when the store keeps it as one (the file-system store): a
     * download hands it to the kernel (sendfile) instead of copying it through the JVM. Empty for a store that
     * streams from elsewhere (S3), and for a key with nothing stored.
     */
    default Optional<Path> localFile(String key) {
        return Optional.empty();
    }
}
