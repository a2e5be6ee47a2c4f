package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.rest.StrictJson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The consumer side of exactly-once effects: a listener asks {@link #firstDelivery} inside the transaction that
 * applies the event; the id is recorded in that same transaction, so a redelivered event finds it and changes
 * nothing, and a rolled-back effect leaves no record behind. Concurrent deliveries of one event (a rebalance)
 * serialise on the primary key.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final String consumer;
    private final InboxConfig config;
    private final MessagingChannels channels;
    private final MessagingMetrics metrics;
    private final Object stopSignal = new Object();
    private volatile boolean stopping;

    public EventInbox(EntityManager em, ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.name") String consumer, InboxConfig config,
            MessagingChannels channels, MessagingMetrics metrics) {
        this.em = em;
        this.json = json;
        this.consumer = consumer;
        this.config = config;
        this.channels = channels;
        this.metrics = metrics;
    }

    /**
     * Applies a record's event once, in a transaction of its own: {@code effect} runs the first time this consumer
     * sees the event, and the event id is recorded in the same transaction. A transient failure
     * ({@link TransientFailures}) rolls the attempt back and tries again after a growing pause, for as long as it
     * takes, so the record's partition waits and nothing after it overtakes it. A record that can never succeed
     * throws {@link PoisonMessageException} at once, for the channel's dead-letter topic.
     */
    public void process(ConsumerRecord<?, String> record, Consumer<CloudEvent> effect) {
        process(record, () -> {
        }, effect);
    }

    /**
     * As {@link #process(ConsumerRecord, Consumer)}, with {@code first} run in the transaction before the inbox is
     * consulted (e.g. a lock that a rebuild takes exclusively).
     */
    public void process(ConsumerRecord<?, String> record, Runnable first, Consumer<CloudEvent> effect) {
        CloudEvent event = CloudEvent.from(record);
        String channel = channels.channelOf(record.topic());
        Duration pause = config.retry().initialDelay();
        boolean retrying = false; // counted in messaging.retries.in.progress from the first failure to the end
        try {
            for (int attempt = 1;; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        first.run();
                        if (firstDelivery(event)) {
                            effect.accept(event);
                        }
                    });
                    return;
                } catch (RuntimeException e) {
                    if (!TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    LOG.warnf("%s %s (%s) failed on attempt %d, retrying in %d ms: %s", event.type(), event.id(),
                            record.topic(), attempt, pause.toMillis(), e);
                    metrics.retried(channel);
                    if (!retrying) {
                        retrying = true;
                        metrics.retryStarted(channel);
                    }
                    pauseBeforeRetry(pause, event);
                    pause = pause.multipliedBy(2).compareTo(config.retry().maxDelay()) > 0 ? config.retry().maxDelay()
                            : pause.multipliedBy(2);
                }
            }
        } finally {
            if (retrying) {
                metrics.retryEnded(channel);
            }
        }
    }

    /**
     * Waits before the next attempt, or gives up at once when the application stops: the record then stays
     * unacknowledged, so its offset is not committed and it is delivered again after the restart. The exception is
     * not a poison one, so the channel's failure strategy fails the channel rather than dead-lettering the record.
     */
    private void pauseBeforeRetry(Duration pause, CloudEvent event) {
        long until = System.nanoTime() + pause.toNanos();
        synchronized (stopSignal) {
            try {
                for (long left = pause.toNanos(); left > 0 && !stopping; left = until - System.nanoTime()) {
                    stopSignal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryAbandonedException(event, e);
            }
        }
        if (stopping) {
            throw new RetryAbandonedException(event, null);
        }
    }

    /** Early among the shutdown observers: a waiting retry must not hold the consumer open until it is killed. */
    void stop(@Observes @Priority(1) ShutdownEvent shutdown) {
        synchronized (stopSignal) {
            stopping = true;
            stopSignal.notifyAll();
        }
    }

    /** True the first time this consumer sees the event; records it. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    /**
     * The event's JSON body as the listener's own view of it; a body that does not fit is a poison message. Read
     * tolerantly, unlike a request body: producers may add fields, and an event written before a rule must still be
     * read.
     */
    public <T> T payload(CloudEvent event, Class<T> type) {
        try {
            return StrictJson.tolerantReader(json, type).readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " has an unreadable body: "
                    + e.getOriginalMessage(), e);
        }
    }
}
