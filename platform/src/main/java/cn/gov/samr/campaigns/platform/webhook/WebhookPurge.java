package cn.gov.samr.campaigns.platform.webhook;

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
 * Keeps the delivery log from growing for ever: finished deliveries (delivered, or failed for good) whose last attempt
 * is older than {@link WebhookConfig#deliveryRetention()} go, their attempts with them, then the events no delivery
 * points at any more. Never a pending delivery, nor the failed one that paused its subscription (resume sends it
 * again). Deleted in short transactions of {@code purge.batch-size} rows, at most {@code purge.max-batches} per pass,
 * so that a backlog is worked off over several passes without long locks; several replicas may run it at once.
 */
@ApplicationScoped
public class WebhookPurge {

    private static final Logger LOG = Logger.getLogger(WebhookPurge.class);

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final Counter purged;

    public WebhookPurge(EntityManager em, WebhookConfig config, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.purged = registry.counter("webhooks.deliveries.purged");
    }

    @Scheduled(every = "${platform.webhooks.purge.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            purge(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "webhook delivery purge failed, retrying on the next pass");
        }
    }

    /** One pass as of {@code now}; returns how many deliveries it deleted. */
    public long purge(Instant now) {
        OffsetDateTime before = now.minus(config.deliveryRetention()).atOffset(ZoneOffset.UTC);
        long deliveries = deleteInBatches("""
                delete from webhook_delivery where id in (
                    select d.id from webhook_delivery d
                    where d.status in ('delivered', 'failed') and d.last_attempt_at < ?1
                      and not exists (select 1 from webhook_subscription s
                                      where s.id = d.subscription_id and s.status = 'paused' and d.status = 'failed'
                                        and d.last_attempt_at >= s.paused_at)
                    order by d.last_attempt_at limit ?2)""", before);
        purged.increment(deliveries);
        // an event is kept while any delivery (pending, kept, or a redelivery) still points at it
        deleteInBatches("""
                delete from webhook_event where event_id in (
                    select e.event_id from webhook_event e
                    where e.occurred_at < ?1
                      and not exists (select 1 from webhook_delivery d where d.event_id = e.event_id)
                    order by e.occurred_at limit ?2)""", before);
        return deliveries;
    }

    private long deleteInBatches(String delete, OffsetDateTime before) {
        return BatchedDelete.run(em, delete, before, config.purge().batchSize(), config.purge().maxBatches());
    }
}
