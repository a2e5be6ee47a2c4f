package cn.gov.samr.campaigns.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.startup.GracefulStop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka in id order and marks them sent.
 *
 * <p>Guarantees: at-least-once (a row is marked sent only after Kafka acknowledged it with acks=all; a crash in
 * between re-sends it, and consumers are idempotent), and per-aggregate order even with several replicas: a
 * transaction-scoped advisory lock lets one relay at a time work on a database, the producer is idempotent with
 * one request in flight, and on the first failed send the producer is closed at once from its I/O thread so
 * that no later record can overtake the failed one; the failed row and everything after it wait for the next
 * pass.
 *
 * <p>Created at start rather than at the first scheduled pass, so that its gauges (pending events, age of the oldest)
 * are there from the first scrape: an alert on a series that does not exist yet would stay silent.
 */
@Startup
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x0b0c_5e1a_7L; // same key in every replica of a service

    private final EntityManager em;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failures;
    private final MeterRegistry registry;
    private final List<Meter> gauges;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;
    private final ExecutorService passes = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private KafkaProducer<String, String> producer;

    /** @param kafkaConfig every {@code kafka.*} setting, as the messaging channels get them (servers, TLS, SASL) */
    public OutboxRelay(EntityManager em, OutboxConfig config, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.em = em;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.published = registry.counter("outbox.events.published");
        this.failures = registry.counter("outbox.relay.failures");
        this.registry = registry;
        this.gauges = List.of(
                Gauge.builder("outbox.events.pending", this, OutboxRelay::pendingCount).register(registry),
                Gauge.builder("outbox.oldest.pending.age.seconds", this, OutboxRelay::oldestPendingAge)
                        .description("seconds since the oldest event not yet published was written")
                        .register(registry));
    }

    /**
     * Connects the producer once the service has started, on the relay's thread (off the start's critical path, and
     * before any pass, which queues behind it): its creation, the producer id the broker hands an idempotent producer
     * and the partitions of the topics this outbox wrote to last. Made lazily, all of it fell on the first event
     * after every start, which reached its consumers hundreds of milliseconds later than the next ones (ratios.sh,
     * propagation round 1).
     */
    void connect(@Observes StartupEvent start) {
        try {
            passes.execute(() -> {
                try {
                    KafkaProducer<String, String> kafka = producer();
                    for (String topic : recentTopics()) {
                        kafka.partitionsFor(topic);
                    }
                } catch (RuntimeException e) { // the broker away: the first pass connects, or records the failure
                    LOG.debugf("producer not connected at start: %s", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // already stopping
        }
    }

    /** The topics of the last rows written (by the primary key, newest first): the ones the next events go to. */
    private List<String> recentTopics() {
        @SuppressWarnings("unchecked")
        List<String> topics = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct topic from (select topic from outbox_event order by id desc limit 100) recent")
                .getResultList());
        return topics;
    }

    /**
     * Asks for a pass soon, on the relay's own thread (never the caller's): called after a commit that wrote events
     * ({@link Outbox}) and by the scheduled poll. Wake-ups coalesce: however many arrive while a pass is queued, one
     * pass runs, and it takes everything pending, batch after batch. A wake-up that arrives while a pass runs queues
     * exactly one more, so a row committed after the running pass read the table is not left for the next poll.
     */
    public void wake() {
        if (!stopping && wakeQueued.compareAndSet(false, true)) {
            try {
                passes.execute(() -> {
                    wakeQueued.set(false); // before the pass: a commit from now on queues another
                    drain();
                });
            } catch (RejectedExecutionException e) {
                wakeQueued.set(false); // shutting down: the rows wait for the next start
            }
        }
    }

    /**
     * The fallback for what no wake-up announced: another replica's commits (only one replica holds the advisory lock
     * at a time, so a wake-up that finds it taken does nothing) and rows left by a failed send. It runs on the same
     * thread as the wake-ups, so this replica's own passes never contend for the lock.
     */
    @Scheduled(every = "${platform.outbox.poll-interval}", delayed = "${platform.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void drain() {
        if (stopping || Arc.container() == null || !Arc.container().isRunning()) {
            return; // the scheduler may fire once more while the application shuts down
        }
        try {
            while (relayBatch() == config.batchSize() && !stopping) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf(e, "outbox relay pass failed, retrying on the next pass");
        }
    }

    /** One batch in one transaction; returns how many rows were published. */
    public int relayBatch() {
        // long enough for Kafka to acknowledge or give up on the batch (delivery timeout), then mark the rows
        int timeout = (int) config.deliveryTimeout().toSeconds() * 2 + 10;
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK_KEY).getSingleResult();
            if (!locked) {
                return 0; // another replica is relaying
            }
            List<PendingEvent> batch = pending();
            int sent = send(batch);
            if (sent > 0) {
                // by id, not by range: a row committed meanwhile inside the range was never sent
                em.createNativeQuery("update outbox_event set sent_at = :now, attempts = attempts + 1 where id in (:ids)")
                        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .setParameter("ids", batch.subList(0, sent).stream().map(PendingEvent::id).toList())
                        .executeUpdate();
                published.increment(sent);
            }
            return sent;
        });
    }

    private List<PendingEvent> pending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, cast(event_id as text), topic, aggregate_id, event_type,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), cast(payload as text),
                       aggregate_version, trace_parent
                from outbox_event where sent_at is null order by id limit ?1""")
                .setParameter(1, config.batchSize())
                .getResultList();
        List<PendingEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            events.add(new PendingEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], OffsetDateTime.parse((String) r[5]), (String) r[6], ((Number) r[7]).longValue(),
                    (String) r[8]));
        }
        return events;
    }

    /** Sends the batch in order; returns the length of the prefix that Kafka acknowledged. */
    private int send(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        AtomicBoolean aborted = new AtomicBoolean();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (PendingEvent event : batch) {
                acks.add(kafka.send(event.toRecord(config.source()), (metadata, error) -> {
                    if (error != null && aborted.compareAndSet(false, true)) {
                        kafka.close(Duration.ZERO); // fail everything queued behind the failed record
                    }
                }));
            }
            // the batch is complete: send it now rather than after linger.ms, which only helps producers that
            // cannot tell when their batch ends (every wake-up would otherwise wait it out)
            kafka.flush();
        } catch (RuntimeException e) {
            LOG.debugf("send stopped: %s", e.getMessage()); // producer closed or metadata unavailable
        }
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
                acknowledged++;
            } catch (ExecutionException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                recordFailure(batch.get(acknowledged), e.getCause() == null ? e : e.getCause());
                break;
            }
        }
        if (acknowledged < batch.size()) {
            discardProducer();
        }
        return acknowledged;
    }

    private void recordFailure(PendingEvent event, Throwable error) {
        failures.increment();
        LOG.warnf("outbox event %s (%s) not yet published: %s", event.eventId(), event.eventType(), error.toString());
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?1 where id = ?2")
                .setParameter(1, error.toString())
                .setParameter(2, event.id())
                .executeUpdate();
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            kafkaConfig.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) { // the shared map also holds consumer settings
                    props.put(key, value);
                }
            });
            props.putAll(config.producer());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
            int timeout = (int) config.deliveryTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
            // Kafka requires delivery.timeout >= linger + request.timeout
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(timeout / 2, 30_000)));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(timeout));
            props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
            props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private double pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from outbox_event where sent_at is null").getSingleResult())
                    .doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Seconds since the oldest unsent event was written, 0 when none waits: a count alone cannot tell a busy relay
     * from a stuck one. The lowest pending id is the oldest row (ids follow insertion), found by the pending index.
     */
    private double oldestPendingAge() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                    select coalesce(extract(epoch from now() - (select occurred_at from outbox_event
                                                                where sent_at is null order by id limit 1)), 0)""")
                    .getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Stops the passes while the persistence unit is still open: the shutdown event comes before Hibernate and the
     * connection pool close, {@code @PreDestroy} after them, and every pass (woken or polled) in between failed with
     * "EntityManagerFactory is closed". A running pass may finish its batch (its rows are then marked sent); one still
     * waiting for Kafka after a few seconds is interrupted, and its rows stay pending for the next start.
     */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        GracefulStop.stop(passes, Duration.ofSeconds(5));
    }

    @PreDestroy
    synchronized void close() {
        // the registry can outlive the application (dev mode, tests): a gauge must not go on reading this relay
        gauges.forEach(registry::remove);
        passes.shutdownNow();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    record PendingEvent(long id, String eventId, String topic, String aggregateId, String eventType,
            OffsetDateTime occurredAt, String payload, long aggregateVersion, String traceParent) {

        /** The W3C Trace Context header, as the Kafka instrumentation of OpenTelemetry reads it. */
        static final String TRACE_PARENT = "traceparent";

        ProducerRecord<String, String> toRecord(String source) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, payload);
            new CloudEvent(eventId, source, eventType, occurredAt, aggregateId, payload, aggregateVersion).writeTo(record.headers());
            if (traceParent != null) {
                // the writing request's context, so that the consumer's span joins that request's trace
                record.headers().add(TRACE_PARENT, traceParent.getBytes(StandardCharsets.US_ASCII));
            }
            return record;
        }
    }
}
