package cn.gov.samr.campaigns.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Objects in one bucket of an S3-compatible store (AWS, MinIO, Ceph), over the JDK's HTTP client with path-style
 * URLs ({@code endpoint/bucket/key}) and Signature Version 4.
 *
 * <p>
 * {@link #put} holds at most one part in memory: a body smaller than a part is one PutObject, a larger one a
 * multipart upload that is aborted on any failure. Both become visible only when complete, so readers see the old
 * or the complete new object.
 */
public class S3BlobStore implements BlobStore {

    /** S3's smallest part (all but the last part of a multipart upload must be at least this large). */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
    public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final String bucket;
    private final int partSize;
    private final SigV4 signer;
    private final HttpClient http;
    private final Clock clock;

    public S3BlobStore(URI endpoint, String bucket, String region, String accessKey, String secretKey,
            int partSize) {
        this(endpoint, bucket, region, accessKey, secretKey, partSize,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).build(),
                Clock.systemUTC());
    }

    S3BlobStore(URI endpoint, String bucket, String region, String accessKey, String secretKey, int partSize,
            HttpClient http, Clock clock) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("an S3 bucket is required");
        }
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 parts are at least " + MIN_PART_SIZE + " bytes: " + partSize);
        }
        String base = endpoint.toString();
        this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.bucket = bucket;
        this.partSize = partSize;
        this.signer = new SigV4(accessKey, secretKey, region, "s3");
        this.http = http;
        this.clock = clock;
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        URI object = objectUri(key, null);
        byte[] part = new byte[partSize];
        int n = readFully(content, part);
        if (n < partSize) {
            send("PUT", object, Map.of(), part, n);
            return n;
        }
        String uploadId = createMultipartUpload(key);
        try {
            List<String> etags = new ArrayList<>();
            long total = 0;
            while (n > 0) {
                etags.add(uploadPart(key, uploadId, etags.size() + 1, part, n));
                total += n;
                n = n < partSize ? 0 : readFully(content, part);
            }
            completeMultipartUpload(key, uploadId, etags);
            return total;
        } catch (IOException | RuntimeException | Error e) {
            try {
                send("DELETE", objectUri(key, "uploadId=" + SigV4.encode(uploadId, false)), Map.of(), null, 0);
            } catch (IOException | RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    private String createMultipartUpload(String key) throws IOException {
        byte[] body = send("POST", objectUri(key, "uploads"), Map.of(), null, 0).body();
        String uploadId = text(parse(body).getDocumentElement(), "UploadId");
        if (uploadId == null || uploadId.isEmpty()) {
            throw new IOException("S3 CreateMultipartUpload for " + key + " answered no UploadId");
        }
        return uploadId;
    }

    private String uploadPart(String key, String uploadId, int number, byte[] data, int length) throws IOException {
        URI uri = objectUri(key, "partNumber=" + number + "&uploadId=" + SigV4.encode(uploadId, false));
        HttpResponse<byte[]> response = send("PUT", uri, Map.of(), data, length);
        return response.headers().firstValue("ETag")
                .orElseThrow(() -> new IOException("S3 UploadPart " + number + " of " + key + " answered no ETag"));
    }

    private void completeMultipartUpload(String key, String uploadId, List<String> etags) throws IOException {
        StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
        for (int i = 0; i < etags.size(); i++) {
            xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>")
                    .append(escapeXml(etags.get(i))).append("</ETag></Part>");
        }
        xml.append("</CompleteMultipartUpload>");
        byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send("POST", objectUri(key, "uploadId=" + SigV4.encode(uploadId, false)),
                Map.of("Content-Type", "application/xml"), body, body.length);
        // S3 may answer 200 and report the failure in the body (the status is sent before the parts are joined)
        if (response.body().length > 0 && "Error".equals(parse(response.body()).getDocumentElement().getLocalName())) {
            throw error("POST", objectUri(key, null), response.statusCode(), response.body());
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad range: " + offset + "+" + length);
        }
        if (length == 0) {
            if (size(key).isEmpty()) {
                throw new NoSuchFileException(key);
            }
            return InputStream.nullInputStream();
        }
        URI uri = objectUri(key, null);
        HttpResponse<InputStream> response = exchange("GET", uri,
                Map.of("Range", "bytes=" + offset + "-" + (offset + length - 1)), null, 0,
                HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status == 206) {
            return new BoundedInputStream(response.body(), length);
        }
        if (status == 200) { // a server that ignores Range sends the whole object
            InputStream body = response.body();
            try {
                body.skipNBytes(offset);
            } catch (IOException | RuntimeException e) {
                body.close();
                throw e;
            }
            return new BoundedInputStream(body, length);
        }
        byte[] error;
        try (InputStream body = response.body()) {
            error = body.readNBytes(64 * 1024);
        }
        throw error("GET", uri, status, error);
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        URI uri = objectUri(key, null);
        HttpResponse<byte[]> response = exchange("HEAD", uri, Map.of(), null, 0,
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw error("HEAD", uri, response.statusCode(), response.body());
        }
        return OptionalLong.of(response.headers().firstValueAsLong("Content-Length")
                .orElseThrow(() -> new IOException("S3 HEAD " + uri.getRawPath() + " answered no Content-Length")));
    }

    /** S3 answers a DELETE with 204 whether or not the object existed, so a HEAD tells which. */
    @Override
    public boolean delete(String key) throws IOException {
        if (size(key).isEmpty()) {
            return false;
        }
        send("DELETE", objectUri(key, null), Map.of(), null, 0);
        return true;
    }

    /**
     * The keys of the multipart uploads begun and neither completed nor aborted (ListMultipartUploads, first page):
     * what a failed {@link #put} must not leave behind.
     */
    List<String> pendingUploads() throws IOException {
        byte[] body = send("GET", URI.create(endpoint + "/" + SigV4.encode(bucket, false) + "?uploads"), Map.of(),
                null, 0).body();
        NodeList uploads = parse(body).getDocumentElement().getElementsByTagNameNS("*", "Upload");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < uploads.getLength(); i++) {
            keys.add(text((Element) uploads.item(i), "Key"));
        }
        return keys;
    }

    /** {@code endpoint/bucket/key?query}, the bucket and key encoded as SigV4 signs them. */
    URI objectUri(String key, String query) {
        checkKey(key);
        return URI.create(endpoint + "/" + SigV4.encode(bucket, false) + "/" + SigV4.encode(key, true)
                + (query == null ? "" : "?" + query));
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

    /** A signed request whose answer must be 2xx. */
    private HttpResponse<byte[]> send(String method, URI uri, Map<String, String> headers, byte[] body, int length)
            throws IOException {
        HttpResponse<byte[]> response = exchange(method, uri, headers, body, length,
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw error(method, uri, response.statusCode(), response.body());
        }
        return response;
    }

    /** One signed request; the payload (if any) is hashed for {@code x-amz-content-sha256}. */
    private <T> HttpResponse<T> exchange(String method, URI uri, Map<String, String> headers, byte[] body,
            int length, HttpResponse.BodyHandler<T> handler) throws IOException {
        String payloadHash = body == null ? SigV4.EMPTY_SHA256 : SigV4.sha256Hex(body, 0, length);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(signer.sign(method, uri, headers, payloadHash, clock.instant()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
        all.forEach(request::header);
        try {
            return http.send(request.build(), handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted: S3 " + method + " " + uri);
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /** An exception naming the request, the status and S3's error code and message from the XML body. */
    private static IOException error(String method, URI uri, int status, byte[] body) {
        String detail = "";
        if (body != null && body.length > 0) {
            try {
                Element root = parse(body).getDocumentElement();
                detail = ": " + text(root, "Code") + ": " + text(root, "Message");
            } catch (IOException e) {
                detail = ": " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            }
        }
        String message = "S3 " + method + " " + uri.getRawPath() + " answered " + status + detail;
        return status == 404 ? new NoSuchFileException(uri.getRawPath(), null, message) : new IOException(message);
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws, without printing
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IOException("S3 answered no readable XML", e);
        }
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static String escapeXml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
}
