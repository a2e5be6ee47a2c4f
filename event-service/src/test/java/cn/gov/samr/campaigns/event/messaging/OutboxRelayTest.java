package cn.gov.samr.campaigns.event.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaBroker;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The outbox on the real broker: an event committed while Kafka is away is delivered once it is back. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "campaign.events";

    @Inject
    EntityManager em;

    private final KafkaBroker broker = KafkaBrokerTestResource.broker();

    @AfterEach
    void brokerIsBack() {
        broker.start();
    }

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsDeliveredWhenItIsBack() {
        String campaignId = createDraft();
        broker.stop();

        publish(campaignId); // the commit does not need Kafka
        Object[] row = outboxRow(campaignId);
        assertNull(row[1], "not sent while the broker is down");
        await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) outboxRow(campaignId)[2]).intValue() > 0);
        assertNull(outboxRow(campaignId)[1], "a failed attempt is recorded, the row stays pending");

        broker.start();
        ConsumerRecord<String, String> record = new KafkaTestClient(broker.bootstrapServers())
                .awaitRecord(TOPIC, r -> campaignId.equals(r.key()), Duration.ofSeconds(60));

        assertEquals(row[0], header(record, "ce_id"));
        assertEquals("CampaignPublished", header(record, "ce_type"));
        assertEquals("/event-service", header(record, "ce_source"));
        assertEquals(campaignId, header(record, "ce_subject"));
        assertNotNull(header(record, "ce_time"));
        assertTrue(record.value().contains("\"provincialUnits\""), record.value());
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRow(campaignId)[1] != null);
    }

    @Test
    void eventsOfOneCampaignKeepTheirOrderAndKey() {
        String campaignId = createDraft();
        publish(campaignId);
        ConsumerRecord<String, String> record = new KafkaTestClient(broker.bootstrapServers())
                .awaitRecord(TOPIC, r -> campaignId.equals(r.key()), Duration.ofSeconds(30));
        assertEquals("application/json", header(record, "content-type"));
        assertEquals("1.0", header(record, "ce_specversion"));
    }

    private Object[] outboxRow(String campaignId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select cast(event_id as text), sent_at, attempts from outbox_event where aggregate_id = ?1")
                .setParameter(1, campaignId).getSingleResult());
    }

    private static String createDraft() {
        return admin().body("""
                {"kind": "green-product-week",
                 "name": {"zh": "2022年全国绿色产品认证与标识宣传周"},
                 "themes": [{"scope": "national", "zh": "绿色产品认证:践行双碳目标  守护绿水青山"}],
                 "window": {"start": "2022-09-26", "end": "2022-09-30"},
                 "reportingDeadline": "2022-10-14"}""")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private static void publish(String id) {
        admin().post("/api/v1/campaigns/{id}/publish", id).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return RestAssured.given().header("Authorization", DevTokens.bearer("national-admin", null))
                .contentType(ContentType.JSON);
    }
}
