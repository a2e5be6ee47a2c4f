package cn.gov.samr.campaigns.event.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A JSON body over platform.http.max-json-body (1 MB) is refused with 413 problem+json before it is parsed:
 * by its Content-Length before a byte of it is read, and by counting when it comes chunked. Raw sockets, since an
 * HTTP client would insist on sending the whole body first.
 */
@QuarkusTest
class RequestSizeLimitTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    /** More than any body the service takes: the notices' signed files go up to 50 MB. */
    private static final long SIXTY_MB = 60L * 1024 * 1024;

    @Test
    void aJsonBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            head(socket, "Content-Type: application/json", "Content-Length: " + FIFTY_MB);
            String answer = answer(socket.getInputStream());
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("\"status\":413"));
            assertThat(answer, containsString("at most 1048576 bytes"));
        }
        assertThat((System.nanoTime() - started) / 1_000_000, lessThan(1_000L));
    }

    /** Without a JSON type the HTTP layer lets it pass; the resource's reader still refuses it unread. */
    @Test
    void aBodyWithoutContentTypeForAJsonEndpointIsRefusedByItsLength() throws IOException {
        try (Socket socket = connect()) {
            head(socket, "Content-Length: " + 5 * 1024 * 1024);
            socket.getOutputStream().write(new byte[64 * 1024]);
            String answer = answer(socket.getInputStream());
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("at most 1048576 bytes"));
        }
    }

    @Test
    void aBodyLargerThanEvenTheServiceTakesIsAProblemToo() throws IOException {
        try (Socket socket = connect()) {
            head(socket, "Content-Type: application/octet-stream", "Content-Length: " + SIXTY_MB);
            String answer = answer(socket.getInputStream());
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
        }
    }

    @Test
    void aChunkedJsonBodyIsCutOffAtTheLimitWithoutBeingHeld() throws Exception {
        long allocatedBefore = allocatedBytes();
        AtomicLong sent = new AtomicLong();
        String answer;
        try (Socket socket = connect()) {
            head(socket, "Content-Type: application/json", "Transfer-Encoding: chunked");
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                byte[] frame = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    // the start of one long string: a parser would hold all of it, and finds nothing wrong early
                    out.write("9\r\n{\"kind\":\"\r\n".getBytes(StandardCharsets.US_ASCII));
                    while (sent.get() < FIFTY_MB) {
                        out.write(frame);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException refused) {
                    // the service closed the connection after its answer: what this test wants
                }
            });
            answer = answer(socket.getInputStream());
            sending.join();
        }
        assertThat(answer, startsWith("HTTP/1.1 413"));
        assertThat(answer, containsString("\"status\":413"));
        // a few MB of socket buffers at most, not the 50 MB offered
        assertThat(sent.get(), lessThan(16L * 1024 * 1024));
        long allocated = allocatedBytes() - allocatedBefore;
        assertThat("bytes allocated by the JVM while refusing", allocated, lessThan(40L * 1024 * 1024));
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void head(Socket socket, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("POST /api/v1/campaigns HTTP/1.1\r\nHost: localhost\r\n")
                .append("Authorization: ").append(DevTokens.bearer("national-admin", null)).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The answer up to the end of its body or the connection. */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // a reset after the answer was read is the server closing: keep what came
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** What every live thread of this JVM (the service's and this test's) has allocated so far. */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
    }
}
