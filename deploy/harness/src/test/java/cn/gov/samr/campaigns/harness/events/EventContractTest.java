package cn.gov.samr.campaigns.harness.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The checker itself: a record as the outbox relay writes it passes, and each kind of drift is caught. */
class EventContractTest {

    private static final EventContract CONTRACT = EventContract.load();
    private static final String CAMPAIGN = "6f1c2a7e-3b1d-4c55-9a57-2f0e8d9b4c21";
    private static final String CLOSED = "{\"campaignId\":\"" + CAMPAIGN + "\",\"closedAt\":\"2022-10-30T10:00:00.000+08:00\"}";

    @Test
    void aRecordAsTheRelayWritesItPasses() {
        EventContract.Verdict verdict = CONTRACT.check(record("campaign.events", CAMPAIGN, headers("CampaignClosed"), CLOSED));
        assertTrue(verdict.valid(), verdict.violations().toString());
        assertEquals("CampaignClosed", verdict.type());
    }

    @Test
    void everyDocumentedTopicIsAChannelWithItsMessages() {
        assertEquals(3, CONTRACT.document().channel("campaign.events").orElseThrow().byType().size());
        assertEquals(4, CONTRACT.document().channel("activity.events").orElseThrow().byType().size());
        assertEquals(9, CONTRACT.document().channel("material.events").orElseThrow().byType().size());
        assertEquals(6, CONTRACT.document().channel("report.events").orElseThrow().byType().size());
        for (String dlq : List.of("material-service.campaign-events.dlq", "report-service.campaign-events.dlq",
                "report-service.activity-events.dlq", "report-service.material-events.dlq")) {
            assertTrue(CONTRACT.document().channel(dlq).orElseThrow().only().isPresent(), dlq);
        }
    }

    @Test
    void anUndeclaredTypeAMissingHeaderAndAWrongSourceFail() {
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignArchived"), CLOSED), "CampaignArchived");
        Map<String, String> headers = headers("CampaignClosed");
        headers.remove("ce_id");
        assertViolation(record("campaign.events", CAMPAIGN, headers, CLOSED), "ce_id");
        headers = headers("CampaignClosed");
        headers.put("ce_source", "/material-service");
        assertViolation(record("campaign.events", CAMPAIGN, headers, CLOSED), "ce_source");
        headers = headers("CampaignClosed");
        headers.put("ce_time", "2022-10-30T02:00Z"); // no seconds: not RFC 3339
        assertViolation(record("campaign.events", CAMPAIGN, headers, CLOSED), "ce_time");
        assertViolation(record("unknown.events", CAMPAIGN, headers("CampaignClosed"), CLOSED), "unknown.events");
    }

    @Test
    void anEventWithoutItsAggregateVersionOrWithOneThatIsNotAPositiveNumberFails() {
        Map<String, String> headers = headers("CampaignClosed");
        headers.remove("ce_aggregateversion");
        assertViolation(record("campaign.events", CAMPAIGN, headers, CLOSED), "ce_aggregateversion");
        for (String bad : List.of("0", "-1", "2.0", "03", "three", "")) {
            headers.put("ce_aggregateversion", bad);
            assertViolation(record("campaign.events", CAMPAIGN, headers, CLOSED), "ce_aggregateversion");
        }
    }

    @Test
    void aKeyThatIsNotTheSubjectFails() {
        String other = "00000000-0000-4000-8000-000000000001";
        assertViolation(record("campaign.events", other, headers("CampaignClosed"), CLOSED), "same aggregate id");
    }

    @Test
    void anUndocumentedFieldANullAWrongFormatAndBadJsonFail() {
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignClosed"),
                CLOSED.replace("}", ",\"closedBy\":\"admin\"}")), "closedBy");
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignClosed"),
                "{\"campaignId\":\"" + CAMPAIGN + "\",\"closedAt\":null}"), "closedAt");
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignClosed"),
                CLOSED.replace("2022-10-30T10:00:00.000+08:00", "2022-10-30T02:00:00Z")), "closedAt");
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignClosed"),
                CLOSED.replace("}", ",\"campaignId\":\"" + CAMPAIGN + "\"}")), "JSON");
        assertViolation(record("campaign.events", CAMPAIGN, headers("CampaignClosed"), "{\"campaignId\":\"" + CAMPAIGN
                + "\"}"), "closedAt");
    }

    @Test
    void aDeadLetterNeedsItsFailureHeadersAndMayCarryAnything() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("dead-letter-exception-class-name",
                "cn.gov.samr.campaigns.platform.messaging.PoisonMessageException", "dead-letter-reason", "not a CloudEvent",
                "dead-letter-topic", "campaign.events", "dead-letter-partition", "0", "dead-letter-offset", "17"));
        EventContract.Verdict verdict = CONTRACT.check(record("report-service.campaign-events.dlq", "k", headers, "not json"));
        assertTrue(verdict.valid(), verdict.violations().toString());
        headers.put("dead-letter-topic", "material.events");
        assertViolation(record("report-service.campaign-events.dlq", "k", headers, "x"), "dead-letter-topic");
        headers.put("dead-letter-topic", "campaign.events");
        headers.remove("dead-letter-offset");
        assertViolation(record("report-service.campaign-events.dlq", "k", headers, "x"), "dead-letter-offset");
    }

    private static void assertViolation(ConsumerRecord<String, String> record, String mention) {
        EventContract.Verdict verdict = CONTRACT.check(record);
        assertTrue(!verdict.valid() && verdict.violations().toString().contains(mention),
                "expected a violation about " + mention + ": " + verdict.violations());
    }

    private static Map<String, String> headers(String type) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "a0000000-0000-4000-8000-000000000001");
        headers.put("ce_source", "/event-service");
        headers.put("ce_type", type);
        headers.put("ce_time", "2022-10-30T02:00:00.123456Z");
        headers.put("ce_subject", CAMPAIGN);
        headers.put("ce_aggregateversion", "3");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static ConsumerRecord<String, String> record(String topic, String key, Map<String, String> headers,
            String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
