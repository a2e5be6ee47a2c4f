package cn.gov.samr.campaigns.report.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * event-service's tallies endpoint played by a JDK HttpServer on a free loopback port. It answers
 * {@code GET /api/v1/admin/tallies} with what a test last {@code PUT} to {@code /stub/tallies} (and that status),
 * and 401 to any other token than the configured one: the test drives it over HTTP, whatever class loader it runs in.
 */
public class StubEventService implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "monitor-token-for-tests";

    private HttpServer server;
    private volatile byte[] tallies = "{\"campaigns\":[]}".getBytes(StandardCharsets.UTF_8);
    private volatile int status = 200;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/admin/tallies", this::tallies);
        server.createContext("/stub/tallies", this::set);
        server.start();
        return Map.of("platform.drift.producer-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "platform.drift.token", TOKEN);
    }

    private void tallies(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, new byte[0]);
        } else {
            answer(exchange, status, tallies);
        }
    }

    private void set(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            tallies = in.readAllBytes();
        }
        String wanted = exchange.getRequestURI().getQuery();
        status = wanted != null && wanted.startsWith("status=") ? Integer.parseInt(wanted.substring(7)) : 200;
        answer(exchange, 204, null);
    }

    private static void answer(HttpExchange exchange, int code, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
