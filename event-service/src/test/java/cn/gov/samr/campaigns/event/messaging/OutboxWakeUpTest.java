package cn.gov.samr.campaigns.event.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A committed event leaves at once: the commit wakes the relay. With the scheduled poll an hour apart (so it never
 * fires during the test), the events still reach Kafka, in order, and their rows are marked sent; without the
 * wake-up they would sit in the outbox for that hour and the wait below would fail.
 */
@QuarkusTest
@TestProfile(NoPollingProfile.class)
class OutboxWakeUpTest {

    private static final String TOPIC = "campaign.events";

    @Inject
    EntityManager em;

    @Test
    void aCommittedEventReachesKafkaWithoutAnyScheduledPass() {
        String campaignId = admin().body("""
                {"kind": "green-product-week",
                 "name": {"zh": "2022年全国绿色产品认证与标识宣传周"},
                 "window": {"start": "2022-09-26", "end": "2022-09-30"},
                 "reportingDeadline": "2022-10-14"}""")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin().post("/api/v1/campaigns/{id}/publish", campaignId).then().statusCode(200);

        KafkaTestClient kafka = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
        ConsumerRecord<String, String> published = kafka.awaitRecord(TOPIC,
                r -> campaignId.equals(r.key()) && "CampaignPublished".equals(header(r, "ce_type")),
                Duration.ofSeconds(60));
        assertEquals(campaignId, header(published, "ce_subject"));

        // a second commit while the first pass may still be running queues one more pass: it arrives too
        admin().post("/api/v1/campaigns/{id}/close", campaignId).then().statusCode(200);
        ConsumerRecord<String, String> closed = kafka.awaitRecord(TOPIC,
                r -> campaignId.equals(r.key()) && "CampaignClosed".equals(header(r, "ce_type")),
                Duration.ofSeconds(60));
        assertEquals(Long.parseLong(header(published, "ce_aggregateversion")) + 1,
                Long.parseLong(header(closed, "ce_aggregateversion")), "in the order they were committed");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select max(sent_at) from outbox_event where aggregate_id = ?1 and event_type = 'CampaignClosed'""")
                .setParameter(1, campaignId).getSingleResult()), "marked sent by the woken pass");
    }

    private static RequestSpecification admin() {
        return RestAssured.given().header("Authorization", DevTokens.bearer("national-admin", null))
                .contentType(ContentType.JSON);
    }
}
