package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.platform.webhook.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Partners' webhooks end to end: an activity published under a campaign reaches a subscribed test receiver as a
 * signed CloudEvent, through the outbox and the dispatcher (never the request path), retried while the receiver
 * fails, paused after it fails for the whole (test-short) retry window, resumed and redelivered; and a subscriber
 * is told only of what it could read over HTTP.
 */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "CNCA-R-2002-001";

    /** A receiver: per path, how many times it fails before it accepts, and what it received. */
    static final class Receiver {
        final HttpServer server;
        final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
        final Map<String, String> secrets = new ConcurrentHashMap<>();
        final List<Received> received = new CopyOnWriteArrayList<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String secret = secrets.get(path);
            boolean signed = secret != null && WebhookSignature.verify(secret,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body,
                    Instant.now().getEpochSecond(), 300);
            int left = failuresLeft.getOrDefault(path, 0);
            int status = !signed ? 401 : left != 0 ? 503 : 204;
            if (left > 0) {
                failuresLeft.put(path, left - 1);
            }
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("ce-id"),
                    exchange.getRequestHeaders().getFirst("ce-type"), exchange.getRequestHeaders().getFirst("ce-subject"),
                    exchange.getRequestHeaders().getFirst("ce-specversion"), signed, status,
                    new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }

        List<Received> at(String path) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    record Received(String path, String ceId, String ceType, String ceSubject, String specVersion, boolean signed,
            int answered, String body, String signature, byte[] bytes) {

        boolean signedWith(String secret) {
            return WebhookSignature.verify(secret, signature, bytes, Instant.now().getEpochSecond(), 300);
        }
    }

    @Inject
    EntityManager em;

    private static Receiver receiver;
    private static final AtomicInteger PATHS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        receiver = new Receiver();
    }

    @AfterAll
    static void stop() {
        receiver.server.stop(0);
    }

    @Test
    void aDeliveryRetriedAfterThreeFailuresArrivesSignedAndIsInTheLog() throws Exception {
        String campaign = organicWeek();
        String path = path();
        receiver.failuresLeft.put(path, 3);
        JsonPath subscription = subscribe(partner(), path, List.of("ActivityScheduled"), campaign);

        String activity = publish(schedule(lecture(campaign, "2022-09-20")));

        await(() -> receiver.at(path).size() >= 4, "four attempts");
        List<Received> got = receiver.at(path);
        assertEquals(List.of(503, 503, 503, 204), got.stream().map(Received::answered).toList());
        Received last = got.get(3);
        assertTrue(last.signed(), "the signature verifies with the subscription's secret");
        assertEquals("ActivityScheduled", last.ceType());
        assertEquals(activity, last.ceSubject());
        assertEquals("1.0", last.specVersion());
        assertEquals(1, got.stream().map(Received::ceId).distinct().count(), "every attempt is the same event");
        JsonNode body = JSON.readTree(last.body());
        assertEquals(activity, body.path("activityId").asText());
        assertEquals("320000", body.path("provincialUnit").asText());

        String id = subscription.getString("id");
        await(() -> "delivered".equals(deliveries(partner(), id).getString("items[0].status")), "delivered in the log");
        JsonPath log = deliveries(partner(), id);
        assertEquals(1, log.getList("items").size());
        assertEquals(last.ceId(), log.getString("items[0].eventId"));
        assertEquals(4, log.getInt("items[0].attempts"));
        assertEquals(List.of(503, 503, 503, 204), log.getList("items[0].log.statusCode"));
        assertEquals(List.of(1, 2, 3, 4), log.getList("items[0].log.attempt"));
    }

    @Test
    void aSubscriberIsToldOnlyWhatItCouldReadOverHttp() {
        String campaign = organicWeek();
        String partnerPath = path();
        String bodyPath = path();
        String partnerSub = subscribe(partner(), partnerPath, List.of("ActivityScheduled"), campaign).getString("id");
        String bodySub = subscribe(certificationBody(), bodyPath, List.of("ActivityScheduled"), campaign)
                .getString("id");

        // internal, naming the body: the body reads it over HTTP (GET /activities), a partner does not
        Map<String, Object> internal = lecture(campaign, "2022-09-21");
        internal.put("visibility", "internal");
        String internalId = publish(schedule(internal));
        String publicId = publish(schedule(lecture(campaign, "2022-09-22")));

        // deliveries are written with the event, in the publishing transaction: the log answers at once
        assertEquals(List.of(publicId), subjects(partner(), partnerSub));
        assertEquals(List.of(publicId, internalId), subjects(certificationBody(), bodySub));
        await(() -> receiver.at(bodyPath).size() >= 2 && receiver.at(partnerPath).size() >= 1, "both delivered");
        assertTrue(receiver.at(partnerPath).stream().noneMatch(r -> internalId.equals(r.ceSubject())));
    }

    @Test
    void aPersistentFailurePausesTheSubscriptionThenResumeAndRedeliverSendIt() {
        String campaign = organicWeek();
        String path = path();
        receiver.failuresLeft.put(path, -1); // fails until told otherwise
        String id = subscribe(partner(), path, List.of("ActivityScheduled"), campaign).getString("id");
        publish(schedule(lecture(campaign, "2022-09-20")));

        await(() -> "paused".equals(partner().get("/api/v1/webhooks/{id}", id).then().statusCode(200).extract()
                .path("status")), "paused after the retry window");
        JsonPath paused = partner().get("/api/v1/webhooks/{id}", id).then().extract().jsonPath();
        assertTrue(paused.getString("pausedReason").contains("HTTP 503"), paused.getString("pausedReason"));
        JsonPath log = deliveries(partner(), id);
        assertEquals("failed", log.getString("items[0].status"));
        assertTrue(log.getInt("items[0].attempts") >= 3, "retried before giving up");
        String failed = log.getString("items[0].id");
        int attempts = receiver.at(path).size();

        receiver.failuresLeft.put(path, 0); // the partner fixed its receiver
        partner().post("/api/v1/webhooks/{id}/resume", id).then().statusCode(200).body("status", equalTo("active"));
        await(() -> "delivered".equals(delivery(id, failed).getString("status")), "the failed one sent on resume");

        JsonPath again = partner().post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed)
                .then().statusCode(202).body("redeliveryOf", equalTo(failed)).body("status", equalTo("pending"))
                .extract().jsonPath();
        String copy = again.getString("id");
        await(() -> "delivered".equals(delivery(id, copy).getString("status")), "the redelivery sent");
        List<Received> got = receiver.at(path);
        assertTrue(got.size() >= attempts + 2);
        assertEquals(1, got.stream().map(Received::ceId).distinct().count(), "a redelivery repeats the event's id");
        assertTrue(got.get(got.size() - 1).signed());
    }

    @Test
    void pingSendsASignedTestDelivery() {
        String path = path();
        String id = subscribe(certificationBody(), path, List.of("CampaignPublished"), null).getString("id");
        certificationBody().post("/api/v1/webhooks/{id}/ping", id).then().statusCode(202)
                .body("eventType", equalTo("WebhookPing"));
        await(() -> !receiver.at(path).isEmpty(), "the ping");
        assertTrue(receiver.at(path).get(0).signed());
        assertEquals("WebhookPing", receiver.at(path).get(0).ceType());
    }

    @Test
    void subscriptionsAreTheirOwnersAndTheirFieldsAreChecked() {
        String path = path();
        String id = subscribe(partner(), path, List.of("CampaignPublished"), null).getString("id");
        certificationBody().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        partner().get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id));
        asNationalAdmin().get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                .body("owner.org", equalTo("新华社")).body("secret", equalTo(null));

        partner().body(Map.of("url", "ftp://example.com/x", "eventTypes", List.of("ReportSubmitted"),
                "provincialUnit", "320100", "owner", Map.of("role", "partner", "org", "someone else")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", hasItem("url")).body("errors.field", hasItem("eventTypes[0]"))
                .body("errors.field", hasItem("provincialUnit")).body("errors.field", hasItem("owner"));
        asNationalAdmin().body(Map.of("url", receiver.url(path), "eventTypes", List.of("CampaignPublished")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("owner"));
        String onBehalf = asNationalAdmin().body(Map.of("url", receiver.url(path), "eventTypes",
                List.of("CampaignPublished"), "owner", Map.of("role", "certification-body", "org", BODY)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        certificationBody().get("/api/v1/webhooks/{id}", onBehalf).then().statusCode(200);
        as("provincial-officer", "320000").get("/api/v1/webhooks").then().statusCode(403);

        partner().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        partner().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void aRotatedSecretSignsAlongsideTheNewOneForTheOverlapThenOnlyTheNewOneDoes() {
        String campaign = organicWeek();
        String path = path();
        JsonPath created = subscribe(partner(), path, List.of("ActivityScheduled"), campaign);
        String id = created.getString("id");
        String old = created.getString("secret");

        certificationBody().post("/api/v1/webhooks/{id}/secret", id).then().statusCode(404); // not its own
        as("provincial-officer", "320000").post("/api/v1/webhooks/{id}/secret", id).then().statusCode(403);
        JsonPath rotated = partner().post("/api/v1/webhooks/{id}/secret", id).then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("active")).extract().jsonPath();
        String fresh = rotated.getString("secret");
        assertTrue(fresh.matches("whsec_[0-9a-f]{64}") && !fresh.equals(old), fresh);
        OffsetDateTime until = OffsetDateTime.parse(rotated.getString("previousSecretValidUntil"));
        assertTrue(until.isAfter(OffsetDateTime.now().plusHours(23)), "the default overlap, 24 h: " + until);
        partner().get("/api/v1/webhooks/{id}", id).then().statusCode(200).body("secret", equalTo(null))
                .body("previousSecretValidUntil", equalTo(rotated.getString("previousSecretValidUntil")));

        // the receiver still holds the old secret: deliveries keep verifying, and they verify with the new one too
        publish(schedule(lecture(campaign, "2022-09-20")));
        await(() -> !receiver.at(path).isEmpty(), "a delivery during the overlap");
        Received during = receiver.at(path).get(0);
        assertEquals(204, during.answered(), "accepted by a receiver that has not switched yet");
        assertTrue(during.signature().matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}"), during.signature());
        assertTrue(during.signedWith(old), "v1 with the previous secret");
        assertTrue(during.signedWith(fresh), "v1 with the new secret");

        // the overlap is over (moved into the past here rather than waited for): only the new secret signs
        endOverlap(id);
        receiver.secrets.put(path, fresh);
        partner().post("/api/v1/webhooks/{id}/ping", id).then().statusCode(202);
        await(() -> receiver.at(path).size() >= 2, "a delivery after the overlap");
        Received after = receiver.at(path).get(1);
        assertTrue(after.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), after.signature());
        assertTrue(after.signedWith(fresh));
        assertFalse(after.signedWith(old), "the previous secret no longer signs");
        partner().get("/api/v1/webhooks/{id}", id).then().body("previousSecretValidUntil", equalTo(null));
    }

    // --- fixtures

    private void endOverlap(String subscription) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update webhook_subscription set previous_secret_until = now() - interval '1 second'"
                        + " where id = cast(?1 as uuid)")
                .setParameter(1, subscription).executeUpdate());
    }

    private static String path() {
        return "/hooks/" + PATHS.incrementAndGet();
    }

    private static RequestSpecification partner() {
        return given().header("Authorization", DevTokens.bearer("partner", null, Map.of("org", "新华社")))
                .contentType(ContentType.JSON);
    }

    private static RequestSpecification certificationBody() {
        return given().header("Authorization", DevTokens.bearer("certification-body", null, Map.of("org", BODY)))
                .contentType(ContentType.JSON);
    }

    /** Subscribes the receiver's path; remembers the secret for its signature check. */
    private static JsonPath subscribe(RequestSpecification caller, String path, List<String> types, String campaign) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", receiver.url(path), "eventTypes", types));
        if (campaign != null) {
            body.put("campaign", campaign);
        }
        JsonPath created = caller.body(body).post("/api/v1/webhooks").then().statusCode(201)
                .body("status", equalTo("active")).extract().jsonPath();
        String secret = created.getString("secret");
        assertNotNull(secret);
        receiver.secrets.put(path, secret);
        return created;
    }

    private static JsonPath deliveries(RequestSpecification caller, String id) {
        return caller.get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath delivery(String subscription, String delivery) {
        JsonPath log = deliveries(partner(), subscription);
        List<String> ids = log.getList("items.id");
        return new JsonPath(JSON.valueToTree(log.getList("items").get(ids.indexOf(delivery))).toString());
    }

    private static List<String> subjects(RequestSpecification caller, String id) {
        return deliveries(caller, id).getList("items.subject");
    }

    private static String schedule(Map<String, Object> body) {
        return as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
    }

    private static String publish(String id) {
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }

    /** Polls until the condition holds; a generous bound only stops a test that would otherwise hang. */
    private static void await(BooleanSupplier condition, String what) {
        long giveUp = System.nanoTime() + 90_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
