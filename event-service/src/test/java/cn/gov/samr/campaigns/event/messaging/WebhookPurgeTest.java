package cn.gov.samr.campaigns.event.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.webhook.WebhookPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The delivery log's purge (retention 30 days, the default): finished deliveries whose last attempt is older go with
 * their attempts and their events; pending ones, recent ones and the failure that paused a subscription stay. Batches
 * of 2, at most 2 per pass here ({@link NoPollingProfile}): a pass is bounded, the next one goes on.
 */
@QuarkusTest
@TestProfile(NoPollingProfile.class)
class WebhookPurgeTest {

    private static final Instant NOW = Instant.now();
    private static final Instant OLD = NOW.minus(Duration.ofDays(31));

    @Inject
    EntityManager em;

    @Inject
    WebhookPurge purge;

    @Test
    void finishedDeliveriesPastRetentionGoInBoundedPassesTheRestStays() {
        UUID active = subscription(null);
        UUID paused = subscription(OLD);
        List<UUID> oldFinished = List.of(delivery(active, "delivered", OLD), delivery(active, "failed", OLD),
                delivery(active, "delivered", OLD.minusSeconds(60)), delivery(active, "delivered", OLD.minusSeconds(120)),
                delivery(active, "delivered", OLD.minusSeconds(180)));
        UUID recent = delivery(active, "delivered", NOW.minus(Duration.ofDays(29)));
        UUID pending = delivery(paused, "pending", OLD); // paused: no dispatcher pass touches it
        UUID pausedBy = delivery(paused, "failed", OLD); // resume tries it again: not the purge's
        UUID failedBeforePause = delivery(paused, "failed", OLD.minus(Duration.ofDays(1)));

        assertEquals(4, purge.purge(NOW), "two batches of two, then the pass stops");
        assertEquals(2, purge.purge(NOW), "the next pass goes on");
        assertEquals(0, purge.purge(NOW));

        for (UUID gone : oldFinished) {
            assertEquals(0, count("webhook_delivery where id = ?1", gone));
            assertEquals(0, count("webhook_attempt where delivery_id = ?1", gone), "its attempts with it");
            assertEquals(0, count("webhook_event where event_id = ?1", gone), "its event, owed to no one now");
        }
        assertEquals(0, count("webhook_delivery where id = ?1", failedBeforePause),
                "an older failure of a paused subscription is not what resume sends");
        for (UUID kept : List.of(recent, pending, pausedBy)) {
            assertEquals(1, count("webhook_delivery where id = ?1", kept));
            assertEquals(1, count("webhook_attempt where delivery_id = ?1", kept));
            assertEquals(1, count("webhook_event where event_id = ?1", kept), "still owed or still in the log");
        }
    }

    private UUID subscription(Instant pausedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into webhook_subscription (id, owner_role, owner_org, url, event_types, secret, status,
                    paused_at, created_by, created_at, updated_at)
                values (?1, 'partner', '新华社', 'https://partner.example.com/hooks', '{ActivityScheduled}', 'whsec_x',
                        ?2, ?3, 'test', ?4, ?4)""")
                .setParameter(1, id)
                .setParameter(2, pausedAt == null ? "active" : "paused")
                .setParameter(3, pausedAt == null ? null : pausedAt.atOffset(ZoneOffset.UTC))
                .setParameter(4, OLD.minus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC))
                .executeUpdate());
        return id;
    }

    /** A delivery of an event of its own (same id, for the assertions), with one attempt at {@code lastAttempt}. */
    private UUID delivery(UUID subscription, String status, Instant lastAttempt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into webhook_event (event_id, event_type, source, subject, occurred_at, data)
                    values (?1, 'ActivityScheduled', '/event-service', 'a', ?2, '{}')""")
                    .setParameter(1, id).setParameter(2, OLD.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into webhook_delivery (id, subscription_id, event_id, event_type, status, attempts,
                        next_attempt_at, first_attempt_at, last_attempt_at, created_at)
                    values (?1, ?2, ?1, 'ActivityScheduled', ?3, 1, ?4, ?4, ?4, ?4)""")
                    .setParameter(1, id).setParameter(2, subscription).setParameter(3, status)
                    .setParameter(4, lastAttempt.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, duration_ms)
                    values (?1, 1, ?2, 204, 5)""")
                    .setParameter(1, id).setParameter(2, lastAttempt.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        });
        return id;
    }

    private long count(String fromWhere, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + fromWhere).setParameter(1, id).getSingleResult())
                .longValue());
    }
}
