package cn.gov.samr.campaigns.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible store (AWS, MinIO, Ceph) through the AWS SDK's {@link S3Client}, which
 * signs, retries and parses; {@link S3Clients} makes the client from the settings.
 *
 * <p>
 * {@link #put} holds at most one part in memory: a body smaller than a part is one PutObject, a larger one a
 * multipart upload that is aborted on any failure. Both become visible only when complete, so readers see the old
 * or the complete new object. Failures reach callers as {@link IOException}s (the {@link BlobStore} contract), a
 * missing object or bucket on a read as {@link NoSuchFileException}.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    /** S3's smallest part (all but the last part of a multipart upload must be at least this large). */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
    public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    public S3BlobStore(S3Client s3, String bucket, int partSize) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("an S3 bucket is required");
        }
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 parts are at least " + MIN_PART_SIZE + " bytes: " + partSize);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        checkKey(key);
        byte[] part = new byte[partSize];
        int n = readFully(content, part);
        if (n < partSize) {
            call("PUT", key, () -> s3.putObject(r -> r.bucket(bucket).key(key), body(part, n)));
            return n;
        }
        String uploadId = call("POST", key,
                () -> s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId());
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            for (int length = n; length > 0; length = length < partSize ? 0 : readFully(content, part)) {
                int number = parts.size() + 1;
                int size = length;
                String etag = call("PUT", key, () -> s3.uploadPart(r -> r.bucket(bucket).key(key)
                        .uploadId(uploadId).partNumber(number), body(part, size)).eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                total += length;
            }
            call("POST", key, () -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(u -> u.parts(parts))));
            return total;
        } catch (IOException | RuntimeException | Error e) {
            try {
                call("DELETE", key, () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)));
            } catch (IOException | RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    /**
     * The first {@code length} bytes of the buffer, without a copy; a new stream for each attempt, so that the
     * SDK can retry the request.
     */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                "application/octet-stream");
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        checkKey(key);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad range: " + offset + "+" + length);
        }
        if (length == 0) {
            if (size(key).isEmpty()) {
                throw new NoSuchFileException(key);
            }
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        ResponseInputStream<GetObjectResponse> body = call("GET", key,
                () -> s3.getObject(r -> r.bucket(bucket).key(key).range(range)));
        if (body.response().contentRange() == null && offset > 0) { // a server that ignores Range sends it all
            try {
                body.skipNBytes(offset);
            } catch (IOException | RuntimeException e) {
                body.abort();
                throw e;
            }
        }
        return new RangeStream(body, length);
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        checkKey(key);
        try {
            return OptionalLong.of(s3.headObject(r -> r.bucket(bucket).key(key)).contentLength());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw error("HEAD", key, e);
        } catch (SdkException e) {
            throw error("HEAD", key, e);
        }
    }

    /** S3 answers a DELETE with 204 whether or not the object existed, so a HEAD tells which. */
    @Override
    public boolean delete(String key) throws IOException {
        if (size(key).isEmpty()) {
            return false;
        }
        call("DELETE", key, () -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
        return true;
    }

    /**
     * The keys of the multipart uploads begun and neither completed nor aborted (ListMultipartUploads, first page):
     * what a failed {@link #put} must not leave behind.
     */
    List<String> pendingUploads() throws IOException {
        return call("GET", "?uploads", () -> s3.listMultipartUploads(r -> r.bucket(bucket)).uploads().stream()
                .map(MultipartUpload::key).toList());
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The same rules as the local store: relative, no empty, {@code .} or {@code ..} segments. */
    static void checkKey(String key) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.endsWith("/") || key.contains("\\")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        for (String segment : key.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a blob key: " + key);
            }
        }
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run();
    }

    /** One SDK call, its failure turned into the {@link IOException} the {@link BlobStore} contract promises. */
    private <T> T call(String method, String key, S3Call<T> request) throws IOException {
        try {
            return request.run();
        } catch (SdkException e) {
            throw error(method, key, e);
        }
    }

    /**
     * An exception naming the request, the status and S3's error code and message; a missing object or bucket is a
     * {@link NoSuchFileException}, so that a download of a file that is gone is told apart from a store that fails.
     */
    private IOException error(String method, String key, SdkException e) {
        String path = "/" + bucket + "/" + key;
        if (e instanceof S3Exception s3e) {
            String code = s3e.awsErrorDetails() == null ? null : s3e.awsErrorDetails().errorCode();
            String message = s3e.awsErrorDetails() == null ? s3e.getMessage()
                    : s3e.awsErrorDetails().errorMessage();
            String text = "S3 " + method + " " + path + " answered " + s3e.statusCode()
                    + (code == null ? "" : ": " + code) + (message == null ? "" : ": " + message);
            if (s3e.statusCode() == 404) {
                NoSuchFileException missing = new NoSuchFileException(path, null, text);
                missing.initCause(e);
                return missing;
            }
            return new IOException(text, e);
        }
        return new IOException("S3 " + method + " " + path + " failed: " + e.getMessage(), e);
    }

    /** Reads until the buffer is full or the stream ends; the count read. */
    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    /**
     * The object's range, at most {@code length} bytes; closed before its end (a client that went away), it aborts
     * the connection instead of reading the rest of the range only to throw it away.
     */
    private static final class RangeStream extends BoundedInputStream {

        private final ResponseInputStream<GetObjectResponse> response;

        RangeStream(ResponseInputStream<GetObjectResponse> response, long length) {
            super(response, length);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            if (remaining() > 0) {
                response.abort();
            }
            super.close();
        }
    }
}
