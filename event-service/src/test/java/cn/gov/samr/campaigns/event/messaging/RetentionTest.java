package cn.gov.samr.campaigns.event.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.messaging.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The purge takes published outbox rows past their retention (7 days here), never a pending one. */
@QuarkusTest
class RetentionTest {

    private static final Instant NOW = Instant.now();

    @Inject
    EntityManager em;

    @Inject
    Retention retention;

    @Test
    void publishedRowsPastRetentionGoPendingAndRecentOnesStay() {
        String oldSent = outboxRow(NOW.minus(Duration.ofDays(8)));
        String recentSent = outboxRow(NOW.minus(Duration.ofDays(6)));
        String oldPending = outboxRow(null);
        String processed = processedRow(NOW.minus(Duration.ofDays(400)));

        assertTrue(retention.purge(NOW) >= 1);

        assertEquals(0, count("outbox_event", oldSent), "sent 8 days ago: purged");
        assertEquals(1, count("outbox_event", recentSent), "sent 6 days ago: kept");
        assertEquals(1, count("outbox_event", oldPending), "never sent: kept whatever its age");
        assertEquals(1, count("processed_event", processed), "the inbox is kept unless a retention is configured");
    }

    private String outboxRow(Instant sentAt) {
        String aggregate = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                          payload, sent_at)
                values (gen_random_uuid(), 'retention.test', 'Test', ?1, 'Tested', ?2, '{}', ?3)""")
                .setParameter(1, aggregate)
                .setParameter(2, NOW.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
                .setParameter(3, sentAt == null ? null : sentAt.atOffset(ZoneOffset.UTC))
                .executeUpdate());
        return aggregate;
    }

    private String processedRow(Instant processedAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values ('retention-test', ?1, 'Tested', ?2)""")
                .setParameter(1, id).setParameter(2, processedAt.atOffset(ZoneOffset.UTC)).executeUpdate());
        return id;
    }

    private long count(String table, String id) {
        String column = table.equals("outbox_event") ? "aggregate_id" : "event_id";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where " + column + " = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
    }
}
