package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.TOPIC;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.kafka;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendPublished;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A message that can never be processed goes to the dead-letter topic; the messages behind it still flow. */
@QuarkusTest
class DeadLetterTest {

    private static final String DLQ = "report-service.campaign-events.dlq";

    @Inject
    EntityManager em;

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredAndLaterEventsFlow() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka().send(TOPIC, poisonKey, "{\"hello\": \"world\"}", Map.of());
        UUID campaign = UUID.randomUUID();
        sendPublished(campaign, UUID.randomUUID().toString());

        ConsumerRecord<String, String> dead = kafka().awaitRecord(DLQ, r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(60));
        assertEquals("{\"hello\": \"world\"}", dead.value());
        assertNotNull(header(dead, "dead-letter-reason"));
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);
    }

    @Test
    void anEventWithAnUnreadableBodyIsDeadLetteredWithoutHalfAnEffect() {
        UUID broken = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        kafka().sendCloudEvent(TOPIC, broken.toString(), eventId, "CampaignPublished", "{\"campaignId\": 42,");
        UUID campaign = UUID.randomUUID();
        sendPublished(campaign, UUID.randomUUID().toString());

        kafka().awaitRecord(DLQ, r -> broken.toString().equals(r.key()), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()), "the rolled-back event is not recorded");
    }

    private long obligations(UUID campaign) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from obligation where campaign_id = ?1")
                .setParameter(1, campaign).getSingleResult()).longValue());
    }
}
