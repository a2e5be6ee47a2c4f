package cn.gov.samr.campaigns.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo seed's HTTP: one service's base URL, bearer tokens, JSON in and out, any status of 300 or more fatal. */
final class DemoHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    DemoHttp(String base) {
        this.base = base;
    }

    String get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    String send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return send(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    String send(String method, String path, String token, byte[] body, String contentType)
            throws IOException, InterruptedException {
        return exchange(method, path, token, body, contentType, null).body();
    }

    /**
     * A PUT or PATCH of a shared object: reads the resource's ETag at {@code resource} first and sends it in
     * If-Match, as the services require (428 without it).
     */
    String change(String method, String path, String resource, String token, String json)
            throws IOException, InterruptedException {
        String etag = exchange("GET", resource, token, null, null, null).headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + resource + " answered no ETag"));
        return exchange(method, path, token, json.getBytes(StandardCharsets.UTF_8), "application/json", etag).body();
    }

    private HttpResponse<String> exchange(String method, String path, String token, byte[] body, String contentType,
            String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** GETs until the answer passes, for what another service learns from events a moment later. */
    String await(String path, String token, Predicate<String> until) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            String body = get(path, token);
            if (until.test(body)) {
                return body;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " did not reach the expected state: " + body);
            }
            Thread.sleep(500);
        }
    }

    static String idOf(String json) {
        return all(json, "\"id\":\"([0-9a-f-]{36})\"").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no id in " + json));
    }

    /** The first group of every match. */
    static List<String> all(String json, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String q(String value) {
        return "\"" + value + "\"";
    }
}
