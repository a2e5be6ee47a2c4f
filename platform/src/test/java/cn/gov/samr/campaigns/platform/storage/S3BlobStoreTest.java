package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 store against a real S3-compatible server: s3rver (npm), access key and secret {@code S3RVER}. s3rver
 * 3.7.1 parses the SigV4 {@code Authorization} header and checks the access key, but does not recompute the
 * signature (SigV4Test checks it against AWS's examples), and implements neither AbortMultipartUpload nor
 * ListMultipartUploads. The test starts it on a free port. The build installs it from the committed lockfile
 * ({@code src/test/s3rver}) into {@code target/s3rver} with {@code npm ci} and names that directory in
 * {@code S3RVER_HOME} (a system property or environment variable); run from elsewhere, the test looks there too.
 */
class S3BlobStoreTest {

    private static final int MiB = 1024 * 1024;
    private static final String BUCKET = "h6-test";

    @TempDir
    static Path temp;

    private static Process server;
    private static Path log;
    private static S3BlobStore store;

    @BeforeAll
    static void startS3rver() throws Exception {
        Path executable = s3rverHome().resolve("node_modules/.bin/s3rver");
        if (!Files.isExecutable(executable)) {
            fail("s3rver is not installed at " + executable + ": the build installs it, "
                    + "e.g. `./mvnw -pl platform generate-test-resources` from the repository root");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createDirectories(temp.resolve("data"));
        log = temp.resolve("s3rver.log");
        ProcessBuilder command = new ProcessBuilder(executable.toString(), "--directory", data.toString(),
                "--address", "127.0.0.1", "--port", Integer.toString(port), "--no-vhost-buckets",
                "--configure-bucket", BUCKET).redirectErrorStream(true).redirectOutput(log.toFile());
        // s3rver cuts the coloured prefix off its request log lines; without colours it would cut the method
        command.environment().put("FORCE_COLOR", "1");
        server = command.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (IOException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    fail("s3rver did not start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
        }
        store = new S3BlobStore(URI.create("http://127.0.0.1:" + port), BUCKET, "us-east-1", "S3RVER", "S3RVER",
                8 * MiB);
    }

    @AfterAll
    static void stopS3rver() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aLargeStreamGoesUpInPartsAndReadsBackWholeAndByRanges() throws IOException {
        byte[] data = new byte[20 * MiB];
        new Random(42).nextBytes(data);

        assertEquals(data.length, store.put("materials/large/1", new ByteArrayInputStream(data)));

        String log = requestLog();
        assertTrue(log.contains("POST /" + BUCKET + "/materials/large/1?uploads 200"), log);
        assertTrue(log.contains("PUT /" + BUCKET + "/materials/large/1?partNumber=3&uploadId="), log);
        assertFalse(log.contains("partNumber=4"), "3 parts of 8 MiB: " + log);
        assertEquals(OptionalLong.of(data.length), store.size("materials/large/1"));
        try (InputStream in = store.open("materials/large/1", 0, data.length)) {
            assertArrayEquals(sha256(data), sha256(in.readAllBytes()));
        }
        long[][] ranges = { { 0, 10 }, { 8 * MiB - 5, 10 }, { 16 * MiB - 1, 2 * MiB }, { data.length - 7, 7 },
                { 12_345_678, 1 } };
        for (long[] range : ranges) {
            int from = (int) range[0];
            int to = (int) (range[0] + range[1]);
            try (InputStream in = store.open("materials/large/1", range[0], range[1])) {
                assertArrayEquals(sha256(Arrays.copyOfRange(data, from, to)), sha256(in.readAllBytes()),
                        "bytes " + from + "-" + (to - 1));
            }
        }
    }

    @Test
    void storesOverwritesAndDeletesASmallObject() throws IOException {
        String key = "materials/small/ä b+c.txt";
        assertEquals(OptionalLong.empty(), store.size(key));
        assertThrows(NoSuchFileException.class, () -> store.open(key, 0, 1));
        assertFalse(store.delete(key));

        assertEquals(10, store.put(key, stream("0123456789")));
        assertEquals(OptionalLong.of(10), store.size(key));
        try (InputStream in = store.open(key, 3, 4)) {
            assertEquals("3456", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }

        assertEquals(3, store.put(key, stream("new")));
        assertEquals(OptionalLong.of(3), store.size(key));
        try (InputStream in = store.open(key, 0, 3)) {
            assertEquals("new", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }

        assertEquals(0, store.put("materials/small/empty", InputStream.nullInputStream()));
        assertEquals(OptionalLong.of(0), store.size("materials/small/empty"));

        assertTrue(store.delete(key));
        assertEquals(OptionalLong.empty(), store.size(key));
        assertFalse(store.delete(key));
    }

    @Test
    void aStreamFailingMidUploadLeavesNothingBehind() throws IOException {
        store.put("materials/failing/kept", stream("old content"));
        IOException gone = new IOException("client gone");

        for (String key : List.of("materials/failing/new", "materials/failing/kept")) {
            IOException thrown = assertThrows(IOException.class, () -> store.put(key, failingAfter(10 * MiB, gone)));
            assertSame(gone, thrown);
        }

        assertEquals(OptionalLong.empty(), store.size("materials/failing/new"));
        assertEquals(OptionalLong.of(11), store.size("materials/failing/kept"));
        for (String key : List.of("materials/failing/new", "materials/failing/kept")) {
            Matcher upload = Pattern.compile("PUT /" + BUCKET + "/" + key + "\\?partNumber=1&uploadId=(\\w+)")
                    .matcher(requestLog());
            assertTrue(upload.find(), "the upload of " + key + " began: " + requestLog());
            // the AbortMultipartUpload reached the server
            assertTrue(requestLog().contains("DELETE /" + BUCKET + "/" + key + "?uploadId=" + upload.group(1)),
                    requestLog());
        }
        try {
            assertEquals(List.of(), store.pendingUploads());
        } catch (IOException e) {
            // s3rver 3.7.1 implements neither ListMultipartUploads nor AbortMultipartUpload (it answers
            // NotImplemented and MethodNotAllowed); the abort request it received is all it can show
            assertTrue(e.getMessage().contains("NotImplemented"), e.getMessage());
            String abortRefused = "S3 DELETE /" + BUCKET + "/materials/failing/new answered 405: MethodNotAllowed";
            assertTrue(Arrays.stream(gone.getSuppressed()).anyMatch(s -> s.getMessage().startsWith(abortRefused)),
                    Arrays.toString(gone.getSuppressed()));
        }
    }

    /** s3rver checks that the access key exists (not the SigV4 signature itself: SigV4Test does that). */
    @Test
    void anErrorNamesTheS3CodeAndMessage() {
        S3BlobStore unknownKey = new S3BlobStore(URI.create(endpoint()), BUCKET, "us-east-1", "NOBODY", "S3RVER",
                8 * MiB);
        IOException e = assertThrows(IOException.class, () -> unknownKey.put("x", stream("x")));
        assertEquals("S3 PUT /" + BUCKET + "/x answered 403: InvalidAccessKeyId: "
                + "The AWS Access Key Id you provided does not exist in our records.", e.getMessage());

        S3BlobStore noBucket = new S3BlobStore(URI.create(endpoint()), "missing", "us-east-1", "S3RVER", "S3RVER",
                8 * MiB);
        IOException missing = assertThrows(IOException.class, () -> noBucket.open("x", 0, 1));
        assertTrue(missing instanceof NoSuchFileException && missing.getMessage().contains("404: NoSuchBucket"),
                missing.getMessage());
    }

    private static String endpoint() {
        return "http://127.0.0.1:" + store.objectUri("x", null).getPort();
    }

    /** What s3rver logged of the requests it answered (one line each: method, path and query, status). */
    private static String requestLog() throws IOException {
        return Files.readString(log).replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} random bytes, then the failure. */
    private static InputStream failingAfter(int bytes, IOException failure) {
        Random random = new Random(7);
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    throw failure;
                }
                int n = Math.min(len, left);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, n);
                left -= n;
                return n;
            }
        };
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code S3RVER_HOME} (property, then environment), else the build's {@code target/s3rver}. */
    private static Path s3rverHome() {
        String home = System.getProperty("S3RVER_HOME", System.getenv("S3RVER_HOME"));
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of("target", "s3rver").toAbsolutePath();
    }
}
