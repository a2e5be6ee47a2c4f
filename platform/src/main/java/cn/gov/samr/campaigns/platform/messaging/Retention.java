package cn.gov.samr.campaigns.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.repository.BatchedDelete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox (and, when configured, the inbox) from growing for ever. Pending outbox rows are never touched:
 * only rows Kafka acknowledged longer ago than {@link RetentionConfig#sentEvents()}.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final EntityManager em;
    private final RetentionConfig config;
    private final Clock clock;
    private final Counter purged;

    public Retention(EntityManager em, RetentionConfig config, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.purged = registry.counter("outbox.events.purged");
    }

    @Scheduled(every = "${platform.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            purge(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "retention purge failed, retrying on the next pass");
        }
    }

    /** Deletes what is older than the configured retention as of {@code now}; returns the outbox rows deleted. */
    public long purge(Instant now) {
        OffsetDateTime sentBefore = now.minus(config.sentEvents()).atOffset(ZoneOffset.UTC);
        long outbox = deleteInBatches("""
                delete from outbox_event where id in (
                    select id from outbox_event where sent_at < ?1 order by id limit ?2)""", sentBefore);
        purged.increment(outbox);
        config.processedEvents().ifPresent(keep -> deleteInBatches("""
                delete from processed_event where ctid in (
                    select ctid from processed_event where processed_at < ?1 limit ?2)""",
                now.minus(keep).atOffset(ZoneOffset.UTC)));
        return outbox;
    }

    private long deleteInBatches(String delete, OffsetDateTime before) {
        // no bound on the batches: a pass catches up with whatever accumulated, a batch at a time
        return BatchedDelete.run(em, delete, before, config.batchSize(), Integer.MAX_VALUE);
    }
}
