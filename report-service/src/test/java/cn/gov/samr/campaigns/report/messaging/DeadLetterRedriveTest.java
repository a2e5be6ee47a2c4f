package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.TOPIC;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.kafka;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.published;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A dead letter goes back through the normal path: the redrive puts it on its original topic with its key, body
 * and event headers (the failure's headers stripped), the listener applies it, and a second redrive does not send
 * it again. While it waits, readiness says degraded and the gauge counts it.
 */
@QuarkusTest
class DeadLetterRedriveTest {

    private static final String DLQ = "report-service.campaign-events.dlq";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Test
    void aDeadLetterIsRedrivenOnceToItsTopicAndApplied() {
        UUID campaign = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = published(campaign, "2022-10-14");
        kafka().send(DLQ, campaign.toString(), body, deadLetterHeaders(campaign, eventId));

        JsonPath listing = national().get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        assertTrue(listing.getLong("channels.find { it.channel == 'campaign-events' }.waiting") >= 1, listing.prettify());
        assertEquals(DLQ, listing.getString("channels.find { it.channel == 'campaign-events' }.deadLetterTopic"));
        JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();
        assertEquals("degraded", ready.getString("checks.find { it.name == 'event-flow' }.data.state"), ready.prettify());
        assertEquals("UP", ready.getString("checks.find { it.name == 'event-flow' }.status"));

        JsonPath first = national().post("/api/v1/admin/dead-letters/{channel}/redrive", "campaign-events").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(first.getLong("redriven") >= 1, first.prettify());
        assertTrue(first.getList("records.eventId").contains(eventId), first.prettify());

        ConsumerRecord<String, String> back = kafka().awaitRecord(TOPIC, r -> eventId.equals(header(r, "ce_id")),
                Duration.ofSeconds(30));
        assertEquals(campaign.toString(), back.key());
        assertEquals(body, back.value());
        assertEquals("CampaignPublished", header(back, "ce_type"));
        assertEquals("1", header(back, "ce_aggregateversion"));
        assertNull(header(back, "dead-letter-reason"));
        assertNull(header(back, "dead-letter-topic"));
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);

        JsonPath second = national().post("/api/v1/admin/dead-letters/{channel}/redrive", "campaign-events").then()
                .statusCode(200).extract().jsonPath();
        assertFalse(second.getList("records.eventId").contains(eventId), second.prettify());
        List<String> firstPositions = positions(first);
        for (String position : positions(second)) {
            assertFalse(firstPositions.contains(position), "sent again: " + position + " " + second.prettify());
        }
        assertEquals(32L, obligations(campaign));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAtOnceWithoutRetriesAndCounted() {
        double deadLettered = registry.get("messaging.dead.letters").tag("channel", "activity-events").counter().count();
        double retries = registry.get("messaging.retries").tag("channel", "activity-events").counter().count();
        String key = "poison-" + UUID.randomUUID();
        long sent = System.nanoTime();
        kafka().send("activity.events", key, "{\"not\": \"a CloudEvent\"}", Map.of());

        kafka().awaitRecord("report-service.activity-events.dlq", r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(Duration.ofNanos(System.nanoTime() - sent).toSeconds() < 10, "at once, not after retries");
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.get("messaging.dead.letters")
                .tag("channel", "activity-events").counter().count() >= deadLettered + 1);
        assertEquals(retries, registry.get("messaging.retries").tag("channel", "activity-events").counter().count());
    }

    @Test
    void onlyTheNationalOfficeRedrivesAndOnlyKnownChannels() {
        province("320000").post("/api/v1/admin/dead-letters/{channel}/redrive", "campaign-events").then()
                .statusCode(403);
        national().post("/api/v1/admin/dead-letters/{channel}/redrive", "no-such-channel").then().statusCode(404);
    }

    /** As SmallRye's dead-letter strategy writes it: the record's own headers, then the failure's. */
    private static Map<String, String> deadLetterHeaders(UUID campaign, String eventId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/event-service");
        headers.put("ce_type", "CampaignPublished");
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", campaign.toString());
        headers.put("ce_aggregateversion", "1");
        headers.put("content-type", "application/json");
        headers.put("dead-letter-exception-class-name", "org.hibernate.exception.SQLGrammarException");
        headers.put("dead-letter-reason", "relation \"obligation\" does not exist");
        headers.put("dead-letter-topic", TOPIC);
        headers.put("dead-letter-partition", "0");
        headers.put("dead-letter-offset", "0");
        return headers;
    }

    private static List<String> positions(JsonPath redrive) {
        List<Integer> partitions = redrive.getList("records.partition");
        List<Number> offsets = redrive.getList("records.offset");
        return java.util.stream.IntStream.range(0, partitions.size())
                .mapToObj(i -> partitions.get(i) + "@" + offsets.get(i)).toList();
    }

    private long obligations(UUID campaign) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from obligation where campaign_id = ?1")
                .setParameter(1, campaign).getSingleResult()).longValue());
    }
}
