package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendPublished;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** CampaignPublished over the real broker opens one obligation per provincial unit, once. */
@QuarkusTest
class CampaignEventListenerTest {

    @Inject
    EntityManager em;

    @Test
    void aPublishedCampaignOpens32ObligationsDueOnItsDeadline() {
        UUID campaign = UUID.randomUUID();
        sendPublished(campaign, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);
        assertEquals(32L, count("select count(*) from obligation where campaign_id = ?1 and deadline = '2022-10-14'"
                + " and status = 'NOT_STARTED'", campaign));
        assertEquals(1L, count("select count(*) from obligation where campaign_id = ?1 and division_code = '660000'",
                campaign));
    }

    @Test
    void aRedeliveredEventIsIgnored() {
        UUID campaign = UUID.randomUUID();
        String eventId = sendPublished(campaign, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);

        sendPublished(campaign, eventId); // the same event again, as after a relay crash or a rebalance
        String marker = sendPublished(UUID.randomUUID(), UUID.randomUUID().toString()); // processed after it
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(marker) == 1);

        assertEquals(1L, processed(eventId));
        assertEquals(32L, obligations(campaign));
    }

    @Test
    void aSecondPublicationOfTheSameCampaignAddsNoObligation() {
        UUID campaign = UUID.randomUUID();
        sendPublished(campaign, UUID.randomUUID().toString());
        String second = sendPublished(campaign, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(second) == 1);
        assertEquals(32L, obligations(campaign));
    }

    @Test
    void aMovedDeadlineMovesEveryObligation() {
        UUID campaign = UUID.randomUUID();
        sendPublished(campaign, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);

        CampaignEvents.kafka().sendCloudEvent(CampaignEvents.TOPIC, campaign.toString(), UUID.randomUUID().toString(),
                "CampaignUpdated", "{\"campaignId\":\"" + campaign + "\",\"reportingDeadline\":\"2022-10-21\","
                        + "\"changes\":{\"reportingDeadline\":{\"from\":\"2022-10-14\",\"to\":\"2022-10-21\"}}}");

        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from obligation where campaign_id = ?1 and deadline = '2022-10-21'", campaign) == 32);
    }

    /** The version rule: an older CampaignUpdated, redelivered or redriven after a newer one, moves nothing. */
    @Test
    void anOlderDeadlineAfterANewerOneChangesNothing() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.sendPublished(campaign, 1, "2022-10-14");
        CampaignEvents.sendUpdated(campaign, 3, "2022-10-28");
        String stale = CampaignEvents.sendUpdated(campaign, 2, "2022-10-21");
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(stale) == 1);

        assertEquals(32, count(
                "select count(*) from obligation where campaign_id = ?1 and deadline = '2022-10-28'", campaign));

        // an older CampaignPublished opens nothing new and moves nothing either
        String republished = CampaignEvents.sendPublished(campaign, 1, "2022-10-14");
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(republished) == 1);
        assertEquals(32, count(
                "select count(*) from obligation where campaign_id = ?1 and deadline = '2022-10-28'", campaign));
    }

    private long obligations(UUID campaign) {
        return count("select count(*) from obligation where campaign_id = ?1", campaign);
    }

    private long processed(String eventId) {
        return count("select count(*) from processed_event where event_id = ?1", eventId);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
