package cn.gov.samr.campaigns.platform.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.startup.GracefulStop;
import cn.gov.samr.campaigns.platform.startup.Lazy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries: CloudEvents over HTTP in binary mode (the attributes as {@code ce-*} headers, the event's JSON
 * body as the request body, as on Kafka), signed ({@link WebhookSignature}), one POST per delivery, redirects not
 * followed. A 2xx answer delivers; anything else (another status, a timeout, a refused address) is retried on the
 * {@link RetrySchedule}, and a delivery that runs out of it fails and pauses its subscription with the reason.
 *
 * <p>Deliveries are claimed in a short transaction ({@code for update skip locked}, then hidden for
 * {@code claim-for}), sent outside any transaction, and their outcome recorded afterwards: several replicas share the
 * work, and a replica that dies mid-send leaves its claims to be sent again (at least once; the {@code ce-id} lets a
 * receiver drop a repeat). Deliveries are not ordered among themselves: {@code ce-aggregateversion} orders one
 * aggregate's events.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String DELIVERY_HEADER = "webhook-id";
    private static final int MAX_ERROR = 500;

    private final EntityManager em;
    private final WebhookConfig config;
    private final UrlGuard guard;
    private final RetrySchedule schedule;
    private final Lazy<HttpClient> http;
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter paused;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile boolean stopping;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "webhook-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookDispatcher(EntityManager em, WebhookConfig config, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.guard = UrlGuard.of(config);
        this.schedule = RetrySchedule.of(config.retry());
        // made at the first delivery, not at start: most starts have nothing to deliver (Lazy says what it saves)
        this.http = Lazy.of(() -> HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could lead anywhere, past the address check
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        this.delivered = registry.counter("webhooks.deliveries.delivered");
        this.failedAttempts = registry.counter("webhooks.attempts.failed");
        this.paused = registry.counter("webhooks.subscriptions.paused");
    }

    /**
     * Sends what is due soon, on the dispatcher's own thread: after a commit that wrote deliveries ({@code Outbox},
     * redeliver, ping), so that a new delivery does not wait for the next pass.
     */
    public void nudge() {
        if (!stopping && nudged.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudged.set(false);
                poll();
            });
        }
    }

    @Scheduled(every = "${platform.webhooks.poll-interval}", delayed = "${platform.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (stopping || Arc.container() == null || !Arc.container().isRunning()) {
            return;
        }
        try {
            while (dispatchBatch() == config.batchSize() && !stopping) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "webhook dispatcher pass failed, retrying on the next pass");
        }
    }

    /** Claims, sends and records one batch; returns how many deliveries it attempted. */
    synchronized int dispatchBatch() {
        List<Due> due = claim(Instant.now());
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sends = new ArrayList<>(due.size());
        for (Due d : due) {
            sends.add(send(d));
        }
        for (int i = 0; i < due.size(); i++) {
            Outcome outcome;
            try {
                outcome = sends.get(i).get(config.timeout().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                outcome = new Outcome(null, "no answer: " + e, config.timeout().toMillis());
            }
            Due d = due.get(i);
            Outcome o = outcome;
            try {
                QuarkusTransaction.requiringNew().run(() -> record(d, o, Instant.now()));
            } catch (RuntimeException e) {
                // the subscription was deleted meanwhile (its deliveries with it), or the database is away: the claim
                // runs out and the delivery is tried again
                LOG.debugf(e, "outcome of webhook delivery %s not recorded", d.deliveryId());
            }
        }
        return due.size();
    }

    private List<Due> claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    with due as (
                        select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'pending' and d.next_attempt_at <= ?1 and s.status = 'active'
                        order by d.next_attempt_at limit ?2
                        for update of d skip locked)
                    update webhook_delivery d
                    set next_attempt_at = ?3, attempts = d.attempts + 1,
                        first_attempt_at = coalesce(d.first_attempt_at, ?1)
                    from due, webhook_subscription s, webhook_event e
                    where d.id = due.id and s.id = d.subscription_id and e.event_id = d.event_id
                    returning cast(d.id as text), cast(d.subscription_id as text), d.attempts,
                              to_char(d.first_attempt_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                              s.url, s.secret, case when s.previous_secret_until > ?1 then s.previous_secret end,
                              cast(e.event_id as text), e.event_type, e.source, e.subject,
                              to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                              e.aggregate_version, e.data""")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC))
                    .setParameter(2, config.batchSize())
                    .setParameter(3, now.plus(config.claimFor()).atOffset(ZoneOffset.UTC))
                    .getResultList();
            List<Due> due = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                due.add(new Due((String) r[0], (String) r[1], ((Number) r[2]).intValue(), Instant.parse((String) r[3]),
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                        (String) r[10], OffsetDateTime.parse((String) r[11]), ((Number) r[12]).longValue(),
                        (String) r[13]));
            }
            return due;
        });
    }

    private CompletableFuture<Outcome> send(Due d) {
        long started = System.nanoTime();
        URI target;
        try {
            target = guard.check(d.url()); // again at every attempt: the name may point elsewhere now
        } catch (UrlGuard.Refused e) {
            return CompletableFuture.completedFuture(new Outcome(null, "refused: the URL " + e.getMessage(), 0));
        }
        byte[] body = d.data().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(config.timeout())
                .header("Content-Type", CloudEvent.CONTENT_TYPE)
                .header("User-Agent", "samr-campaigns-webhooks/1.0")
                .header("ce-specversion", CloudEvent.SPEC_VERSION)
                .header("ce-id", d.eventId())
                .header("ce-source", d.source())
                .header("ce-type", d.eventType())
                .header("ce-time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.occurredAt()))
                .header(DELIVERY_HEADER, d.deliveryId())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(d.secrets(), now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (d.subject() != null) {
            request.header("ce-subject", d.subject());
        }
        if (d.aggregateVersion() > 0) {
            request.header("ce-aggregateversion", Long.toString(d.aggregateVersion()));
        }
        try {
            return http.get().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        long ms = (System.nanoTime() - started) / 1_000_000;
                        if (error != null) {
                            Throwable cause = error.getCause() != null ? error.getCause() : error;
                            return new Outcome(null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), ms);
                        }
                        int status = response.statusCode();
                        return new Outcome(status, status / 100 == 2 ? null
                                : status / 100 == 3 ? "HTTP " + status + " (redirects are not followed)"
                                        : "HTTP " + status, ms);
                    });
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(null, e.toString(), 0));
        }
    }

    /** Writes the attempt to the log and moves the delivery on: delivered, due again later, or failed. */
    private void record(Due d, Outcome o, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String error = o.error() == null ? null
                : o.error().length() > MAX_ERROR ? o.error().substring(0, MAX_ERROR) : o.error();
        em.createNativeQuery("""
                insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
                values (cast(?1 as uuid), ?2, ?3, cast(?4 as integer), ?5, ?6)""")
                .setParameter(1, d.deliveryId())
                .setParameter(2, d.attempt())
                .setParameter(3, at)
                .setParameter(4, o.statusCode() == null ? null : o.statusCode().toString())
                .setParameter(5, error)
                .setParameter(6, (int) Math.min(Integer.MAX_VALUE, o.millis()))
                .executeUpdate();
        if (o.ok()) {
            em.createNativeQuery("""
                    update webhook_delivery set status = 'delivered', delivered_at = ?2, last_attempt_at = ?2,
                           last_status_code = ?3, last_error = null where id = cast(?1 as uuid)""")
                    .setParameter(1, d.deliveryId()).setParameter(2, at).setParameter(3, o.statusCode())
                    .executeUpdate();
            delivered.increment();
            return;
        }
        failedAttempts.increment();
        Optional<Instant> next = schedule.next(d.firstAttempt(), d.attempt(), now);
        em.createNativeQuery("""
                update webhook_delivery set status = ?2, next_attempt_at = ?3, last_attempt_at = ?4,
                       last_status_code = cast(?5 as integer), last_error = ?6 where id = cast(?1 as uuid)""")
                .setParameter(1, d.deliveryId())
                .setParameter(2, next.isPresent() ? "pending" : "failed")
                .setParameter(3, next.orElse(now).atOffset(ZoneOffset.UTC))
                .setParameter(4, at)
                .setParameter(5, o.statusCode() == null ? null : o.statusCode().toString())
                .setParameter(6, error)
                .executeUpdate();
        if (next.isEmpty()) {
            String reason = "Delivery " + d.deliveryId() + " of event " + d.eventId() + " (" + d.eventType()
                    + ") failed " + d.attempt() + " times over " + schedule.giveUpAfter() + "; last: " + error;
            int changed = em.createNativeQuery("""
                    update webhook_subscription set status = 'paused', paused_reason = ?2, paused_at = ?3,
                           updated_at = ?3 where id = cast(?1 as uuid) and status = 'active'""")
                    .setParameter(1, d.subscriptionId()).setParameter(2, reason).setParameter(3, at)
                    .executeUpdate();
            if (changed > 0) {
                paused.increment();
                LOG.warnf("webhook subscription %s paused: %s", d.subscriptionId(), reason);
            }
        }
    }

    /**
     * No pass starts once the application stops: the scheduler goes on firing until the beans are destroyed, after
     * the persistence unit has closed, and each pass then only logged that the EntityManagerFactory is closed. A
     * batch being sent is left to finish for a few seconds; what it does not record is claimed again after its claim
     * runs out.
     */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        GracefulStop.stop(nudges, Duration.ofSeconds(5));
    }

    @PreDestroy
    void close() {
        nudges.shutdownNow();
    }

    /** {@code previousSecret}: the rotated-out secret while its overlap runs, else null. */
    record Due(String deliveryId, String subscriptionId, int attempt, Instant firstAttempt, String url, String secret,
            String previousSecret, String eventId, String eventType, String source, String subject,
            OffsetDateTime occurredAt, long aggregateVersion, String data) {

        /** The secrets that sign this attempt: the current one first, then the rotated-out one during its overlap. */
        List<String> secrets() {
            return previousSecret == null ? List.of(secret) : List.of(secret, previousSecret);
        }
    }

    record Outcome(Integer statusCode, String error, long millis) {
        boolean ok() {
            return error == null && statusCode != null && statusCode / 100 == 2;
        }
    }
}
