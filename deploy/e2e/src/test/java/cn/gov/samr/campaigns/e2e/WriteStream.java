package cn.gov.samr.campaigns.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DevTokens;

/**
 * A steady stream of writes to event-service, as the provinces' officers and the national office make them: activity
 * lifecycles (schedule, publish, then complete, cancel, reschedule or leave them) in the 32 provincial units across
 * the published campaigns, and the national office's campaign publishes and deadline changes. Every write is paced
 * (a fixed number per second, from a few threads), so a fault injected a few seconds in lands mid-stream; every
 * answer must be 2xx, since no fault touches event-service.
 */
final class WriteStream {

    /** The campaigns' shared window: in the past, so that activities can complete. */
    static final String WINDOW_START = "2021-09-13";
    static final String WINDOW_END = "2021-09-17";
    private static final String[] TYPES = { "knowledge-lecture", "skills-training", "technical-service",
            "experience-event", "online" };
    private static final String[] SETTINGS = { "farms", "supermarkets", "communities", "enterprises", "schools" };
    private static final int THREADS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String events;
    private final DevTokens tokens = DevTokens.load();
    private final String admin = tokens.issue("national-admin", null);
    private final Map<String, String> officers = new ConcurrentHashMap<>();
    private final List<String> units = new ArrayList<>();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger activities = new AtomicInteger();
    private final AtomicLong writes = new AtomicLong();

    WriteStream(int eventsPort) throws IOException, InterruptedException {
        this.events = "http://127.0.0.1:" + eventsPort;
        for (JsonNode unit : json.readTree(call("GET", "/api/v1/divisions?level=provincial-unit", null, null))) {
            units.add(unit.get("code").asText());
        }
    }

    long writes() {
        return writes.get();
    }

    /** A draft campaign in the shared window; its kind and name only tell the campaigns apart. */
    String draftCampaign(int n) throws IOException, InterruptedException {
        String kind = List.of("organic-product-week", "green-product-week", "service-experience-week",
                "quality-month").get(n % 4);
        return idOf(call("POST", "/api/v1/campaigns", admin, """
                {"kind": "%s", "name": {"zh": "故障测试活动周 %d", "en": "Fault test week %d"},
                 "window": {"start": "%s", "end": "%s"}, "reportingDeadline": "2021-10-15"}"""
                .formatted(kind, n, n, WINDOW_START, WINDOW_END)));
    }

    /** Publishes the campaign (CampaignPublished: 32 obligations, one plan); activities may then use it. */
    void publishCampaign(String id) throws IOException, InterruptedException {
        call("POST", "/api/v1/campaigns/" + id + "/publish", admin, null);
        published.add(id);
    }

    /** A published campaign's new reporting deadline (CampaignUpdated: its obligations' deadlines follow). */
    void moveDeadline(String id, String deadline, int n) throws IOException, InterruptedException {
        JsonNode campaign = json.readTree(call("GET", "/api/v1/campaigns/" + id, admin, null));
        String body = """
                {"kind": "%s", "name": {"zh": "%s", "en": "%s"}, "window": {"start": "%s", "end": "%s"},
                 "reportingDeadline": "%s", "changeReason": "故障测试 %d"}""".formatted(campaign.get("kind").asText(),
                campaign.get("name").get("zh").asText(), campaign.get("name").get("en").asText(), WINDOW_START,
                WINDOW_END, deadline, n);
        call("PUT", "/api/v1/campaigns/" + id, admin, body);
    }

    /**
     * Makes {@code count} writes at {@code perSecond} and returns when they are done; a lifecycle cut off by the end
     * of the budget simply stays where it is (every state is a state the projections must show).
     */
    void run(int count, int perSecond) throws Exception {
        AtomicInteger tickets = new AtomicInteger();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(pool.submit(() -> {
                    Pacer pacer = () -> {
                        int ticket = tickets.getAndIncrement();
                        if (ticket >= count) {
                            return false;
                        }
                        long wait = start + ticket * interval - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        return true;
                    };
                    while (lifecycle(activities.getAndIncrement(), pacer)) {
                        // next activity
                    }
                    return null;
                }));
            }
            for (Future<Object> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Pacer {
        /** Waits for the next write's turn; false when the budget is spent. */
        boolean next() throws InterruptedException;
    }

    /** One activity's life, the n-th; false when the budget ran out before its end. */
    private boolean lifecycle(int n, Pacer pacer) throws IOException, InterruptedException {
        String unit = units.get(n % units.size());
        String officer = officers.computeIfAbsent(unit, u -> tokens.issue("provincial-officer", u));
        String plan = plan(n, unit, 60);
        if (!pacer.next()) {
            return false;
        }
        String id = idOf(call("POST", "/api/v1/activities", officer, plan));
        switch (n % 10) {
            case 9 -> { // stays planned: never announced, never projected
                return true;
            }
            case 8 -> { // cancelled before it was announced: no event either
                return write(pacer, "POST", "/api/v1/activities/" + id + "/cancel", officer,
                        "{\"reason\": \"计划调整\"}");
            }
            default -> {
            }
        }
        if (!write(pacer, "POST", "/api/v1/activities/" + id + "/publish", officer, null)) {
            return false;
        }
        return switch (n % 10) {
            case 4, 5 -> write(pacer, "POST", "/api/v1/activities/" + id + "/cancel", officer,
                    "{\"reason\": \"天气原因改期\"}");
            case 6 -> write(pacer, "PUT", "/api/v1/activities/" + id, officer, plan(n, unit, 80))
                    && complete(pacer, id, officer, n);
            case 7 -> true; // stays published
            default -> complete(pacer, id, officer, n);
        };
    }

    private boolean complete(Pacer pacer, String id, String officer, int n) throws IOException, InterruptedException {
        return write(pacer, "POST", "/api/v1/activities/" + id + "/complete", officer, """
                {"actualParticipants": %d, "mediaItems": %d, "photoCount": %d, "note": "活动顺利开展"}"""
                .formatted(20 + n % 97, n % 5, n % 7));
    }

    private boolean write(Pacer pacer, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        if (!pacer.next()) {
            return false;
        }
        call(method, path, token, body);
        return true;
    }

    /** The n-th activity: one or (every fourth) two published campaigns, its own venue and hour. */
    private String plan(int n, String unit, int expected) {
        List<String> campaigns = List.copyOf(published);
        String first = campaigns.get(n % campaigns.size());
        String second = campaigns.get((n + 1) % campaigns.size());
        String ids = n % 4 == 3 && !first.equals(second) ? q(first) + ", " + q(second) : q(first);
        int day = 13 + n % 5;
        int hour = 8 + n % 10;
        String type = TYPES[n % TYPES.length];
        return """
                {"type": "%s", "title": {"zh": "故障测试活动 %d"}, "campaigns": [%s],
                 "venue": {"division": "%s", "address": "活动中心 %d 号厅"},
                 "startsAt": "2021-09-%02dT%02d:00:00+08:00", "endsAt": "2021-09-%02dT%02d:30:00+08:00",
                 "format": "%s", "settings": ["%s"], "expectedParticipants": %d, "visibility": "public",
                 "voluntaryParticipation": true, "noFee": true}""".formatted(type, n, ids, unit, n, day, hour, day,
                hour, "online".equals(type) ? "online" : "offline", SETTINGS[n % SETTINGS.length], expected);
    }

    private String call(String method, String path, String token, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(events + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if ("PUT".equals(method)) {
            request.header("If-Match", "*"); // a deliberate overwrite (RFC 9110): the stream is the only writer
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        if (!"GET".equals(method)) {
            writes.incrementAndGet();
        }
        return answer.body();
    }

    private String idOf(String body) throws IOException {
        return json.readTree(body).get("id").asText();
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }
}
