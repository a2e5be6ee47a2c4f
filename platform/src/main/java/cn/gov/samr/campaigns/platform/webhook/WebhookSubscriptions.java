package cn.gov.samr.campaigns.platform.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience.Subscriber;

/**
 * The subscriptions' use cases: write one (its URL checked against SSRF, its event types this service's, its
 * provincial unit a known one), read one's delivery log, redeliver, resume, ping. A subscription is its owner's: a
 * caller other than the national office only ever finds its own (someone else's is "not found").
 */
@ApplicationScoped
public class WebhookSubscriptions {

    /** The event type of a test delivery; every subscription may be pinged. */
    public static final String PING = "WebhookPing";

    private final EntityManager em;
    private final WebhookConfig config;
    private final DivisionHierarchy divisions;
    private final UrlGuard guard;
    private final WebhookDispatcher dispatcher;

    public WebhookSubscriptions(EntityManager em, WebhookConfig config, DivisionHierarchy divisions,
            WebhookDispatcher dispatcher) {
        this.em = em;
        this.config = config;
        this.divisions = divisions;
        this.guard = UrlGuard.of(config);
        this.dispatcher = dispatcher;
    }

    /** What a subscription asks for. */
    public record Terms(String url, List<String> eventTypes, UUID campaign, String provincialUnit, String description) {
    }

    /** {@code previousSecretUntil}: while a rotated secret still signs too, until when; else null. */
    public record Subscription(UUID id, Subscriber owner, String url, List<String> eventTypes, UUID campaign,
            String provincialUnit, String description, String status, String pausedReason, OffsetDateTime pausedAt,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, String secret,
            OffsetDateTime previousSecretUntil) {
    }

    public record Attempt(int attempt, OffsetDateTime at, Integer statusCode, String error, int durationMs) {
    }

    public record Delivery(UUID id, UUID eventId, String eventType, String subject, String status, int attempts,
            OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, Integer lastStatusCode, String lastError,
            OffsetDateTime deliveredAt, UUID redeliveryOf, OffsetDateTime createdAt, List<Attempt> log) {
    }

    /** Refuses terms that break a rule, naming each field; {@code prefix} is the JSON path of the terms. */
    public void check(Terms terms, InvalidInputException.Collector errors) {
        if (terms.url() != null) {
            try {
                guard.check(terms.url());
            } catch (UrlGuard.Refused e) {
                errors.check(false, "url", e.getMessage());
            }
        }
        if (terms.eventTypes() != null) {
            for (int i = 0; i < terms.eventTypes().size(); i++) {
                String type = terms.eventTypes().get(i);
                errors.check(type == null || config.eventTypes().contains(type), "eventTypes[" + i + "]",
                        "must be one of this service's event types: " + String.join(", ", config.eventTypes()));
            }
            errors.check(new LinkedHashSet<>(terms.eventTypes()).size() == terms.eventTypes().size(), "eventTypes",
                    "must not name a type twice");
        }
        if (terms.provincialUnit() != null) {
            errors.check(terms.provincialUnit().equals(divisions.provincialUnitOf(terms.provincialUnit())),
                    "provincialUnit", "must be the code of a provincial unit");
        }
    }

    @Transactional
    public Subscription create(Subscriber owner, Terms terms, String createdBy) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                insert into webhook_subscription (id, owner_role, owner_org, url, event_types, campaign_id,
                    provincial_unit, description, secret, status, created_by, created_at, updated_at)
                values (?1, ?2, ?3, ?4, string_to_array(?5, ','), cast(?6 as uuid), ?7, ?8, ?9, 'active', ?10, ?11, ?11)""")
                .setParameter(1, id)
                .setParameter(2, owner.role())
                .setParameter(3, owner.org())
                .setParameter(4, terms.url())
                .setParameter(5, String.join(",", terms.eventTypes()))
                .setParameter(6, terms.campaign() == null ? null : terms.campaign().toString())
                .setParameter(7, terms.provincialUnit())
                .setParameter(8, terms.description())
                .setParameter(9, WebhookSignature.newSecret())
                .setParameter(10, createdBy)
                .setParameter(11, now)
                .executeUpdate();
        return find(id, true).orElseThrow();
    }

    @Transactional
    public Subscription replace(UUID id, Optional<Subscriber> caller, Terms terms) {
        owned(id, caller);
        em.createNativeQuery("""
                update webhook_subscription set url = ?2, event_types = string_to_array(?3, ','),
                    campaign_id = cast(?4 as uuid), provincial_unit = ?5, description = ?6, updated_at = ?7
                where id = ?1""")
                .setParameter(1, id)
                .setParameter(2, terms.url())
                .setParameter(3, String.join(",", terms.eventTypes()))
                .setParameter(4, terms.campaign() == null ? null : terms.campaign().toString())
                .setParameter(5, terms.provincialUnit())
                .setParameter(6, terms.description())
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return find(id, false).orElseThrow();
    }

    /**
     * A new secret, answered this once. The one it replaces keeps signing deliveries alongside it for
     * {@code secret-overlap}; a second rotation within the overlap drops the oldest (only the two newest sign).
     */
    @Transactional
    public Subscription rotateSecret(UUID id, Optional<Subscriber> caller) {
        owned(id, caller);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                update webhook_subscription set previous_secret = secret, previous_secret_until = ?2, secret = ?3,
                    updated_at = ?4
                where id = ?1""")
                .setParameter(1, id)
                .setParameter(2, now.plus(config.secretOverlap()))
                .setParameter(3, WebhookSignature.newSecret())
                .setParameter(4, now)
                .executeUpdate();
        return find(id, true).orElseThrow();
    }

    @Transactional
    public void delete(UUID id, Optional<Subscriber> caller) {
        owned(id, caller);
        em.createNativeQuery("delete from webhook_subscription where id = ?1").setParameter(1, id).executeUpdate();
    }

    /**
     * Active again: the deliveries that waited while it was paused are sent, each with a fresh retry window, and the
     * one whose failure paused it is tried again.
     */
    @Transactional
    public Subscription resume(UUID id, Optional<Subscriber> caller) {
        Subscription s = owned(id, caller);
        if (s.status().equals("active")) {
            return s;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                update webhook_delivery set status = 'pending', next_attempt_at = ?2, first_attempt_at = null
                where subscription_id = ?1
                  and (status = 'pending' or (status = 'failed' and last_attempt_at >= cast(?3 as timestamptz)))""")
                .setParameter(1, id)
                .setParameter(2, now)
                .setParameter(3, s.pausedAt())
                .executeUpdate();
        em.createNativeQuery("""
                update webhook_subscription set status = 'active', paused_reason = null, paused_at = null,
                    updated_at = ?2 where id = ?1""")
                .setParameter(1, id).setParameter(2, now).executeUpdate();
        return find(id, false).orElseThrow();
    }

    /** A new delivery of the same event (same {@code ce-id}), due now; the old one stays in the log as it was. */
    @Transactional
    public Delivery redeliver(UUID id, UUID deliveryId, Optional<Subscriber> caller) {
        owned(id, caller);
        Object[] old = deliveryRow(id, deliveryId).orElseThrow(() -> new NotFoundProblem("Delivery", deliveryId));
        UUID copy = UUID.randomUUID();
        em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, event_id, event_type, status, next_attempt_at,
                                              redelivery_of, created_at)
                select ?1, subscription_id, event_id, event_type, 'pending', ?2, id, ?2 from webhook_delivery
                where id = ?3""")
                .setParameter(1, copy)
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(3, deliveryId)
                .executeUpdate();
        afterCommitNudge();
        return deliveries(id, null, null, null, 1, copy).get(0);
    }

    /** A test delivery of type {@value #PING} with the subscription's id, sent like any other. */
    @Transactional
    public Delivery ping(UUID id, Optional<Subscriber> caller, String source) {
        owned(id, caller);
        UUID eventId = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                insert into webhook_event (event_id, event_type, source, subject, occurred_at, data)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, eventId).setParameter(2, PING).setParameter(3, source)
                .setParameter(4, id.toString()).setParameter(5, now)
                .setParameter(6, "{\"subscriptionId\":\"" + id + "\"}")
                .executeUpdate();
        em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, event_id, event_type, status, next_attempt_at,
                                              created_at)
                values (?1, ?2, ?3, ?4, 'pending', ?5, ?5)""")
                .setParameter(1, delivery).setParameter(2, id).setParameter(3, eventId).setParameter(4, PING)
                .setParameter(5, now)
                .executeUpdate();
        afterCommitNudge();
        return deliveries(id, null, null, null, 1, delivery).get(0);
    }

    @Transactional
    public Subscription get(UUID id, Optional<Subscriber> caller) {
        return owned(id, caller);
    }

    /** Newest first; {@code owner} empty for the national office (every subscription). */
    @Transactional
    public List<Subscription> list(Optional<Subscriber> owner, OffsetDateTime beforeCreated, UUID beforeId,
            int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from webhook_subscription where true");
        Map<String, Object> params = new HashMap<>();
        owner.ifPresent(o -> {
            sql.append(" and owner_role = :role and owner_org = :org");
            params.put("role", o.role());
            params.put("org", o.org());
        });
        if (beforeCreated != null) {
            sql.append(" and (created_at, id) < (:created, cast(:id as uuid))");
            params.put("created", beforeCreated);
            params.put("id", beforeId.toString());
        }
        sql.append(" order by created_at desc, id desc limit :limit");
        params.put("limit", limit);
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> subscription(r, false)).toList();
    }

    /** A subscription's deliveries, newest first, each with its attempts. */
    @Transactional
    public List<Delivery> deliveries(UUID id, Optional<Subscriber> caller, String status,
            OffsetDateTime beforeCreated, UUID beforeId, int limit) {
        owned(id, caller);
        return deliveries(id, status, beforeCreated, beforeId, limit, null);
    }

    private List<Delivery> deliveries(UUID subscription, String status, OffsetDateTime beforeCreated, UUID beforeId,
            int limit, UUID only) {
        StringBuilder sql = new StringBuilder("""
                select cast(d.id as text), cast(d.event_id as text), d.event_type, e.subject, d.status, d.attempts,
                       d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at,
                       cast(d.redelivery_of as text), d.created_at
                from webhook_delivery d join webhook_event e on e.event_id = d.event_id
                where d.subscription_id = :subscription""");
        Map<String, Object> params = new HashMap<>();
        params.put("subscription", subscription);
        if (only != null) {
            sql.append(" and d.id = :only");
            params.put("only", only);
        }
        if (status != null) {
            sql.append(" and d.status = :status");
            params.put("status", status);
        }
        if (beforeCreated != null) {
            sql.append(" and (d.created_at, d.id) < (:created, cast(:id as uuid))");
            params.put("created", beforeCreated);
            params.put("id", beforeId.toString());
        }
        sql.append(" order by d.created_at desc, d.id desc limit :limit");
        params.put("limit", limit);
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Attempt>> logs = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("""
                select cast(delivery_id as text), attempt, attempted_at, status_code, error, duration_ms
                from webhook_attempt where delivery_id in (:ids) order by delivery_id, attempt""")
                .setParameter("ids", rows.stream().map(r -> UUID.fromString((String) r[0])).toList())
                .getResultList();
        for (Object[] a : attempts) {
            logs.computeIfAbsent((String) a[0], k -> new ArrayList<>()).add(new Attempt(((Number) a[1]).intValue(),
                    time(a[2]), a[3] == null ? null : ((Number) a[3]).intValue(), (String) a[4],
                    ((Number) a[5]).intValue()));
        }
        List<Delivery> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            boolean pending = "pending".equals(r[4]);
            out.add(new Delivery(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).intValue(), pending ? time(r[6]) : null,
                    time(r[7]), r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], time(r[10]),
                    r[11] == null ? null : UUID.fromString((String) r[11]), time(r[12]),
                    List.copyOf(logs.getOrDefault((String) r[0], List.of()))));
        }
        return out;
    }

    private Optional<Object[]> deliveryRow(UUID subscription, UUID delivery) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select cast(id as text), status from webhook_delivery where id = ?1 and subscription_id = ?2")
                .setParameter(1, delivery).setParameter(2, subscription).getResultList();
        return rows.stream().findFirst();
    }

    /** The subscription if the caller owns it (or is the national office, {@code caller} empty); else 404. */
    private Subscription owned(UUID id, Optional<Subscriber> caller) {
        Subscription s = find(id, false).orElseThrow(() -> new NotFoundProblem("Webhook subscription", id));
        if (caller.isPresent() && !caller.get().equals(s.owner())) {
            throw new NotFoundProblem("Webhook subscription", id); // someone else's is not there for this caller
        }
        return s;
    }

    private static final String COLUMNS = """
            cast(id as text), owner_role, owner_org, url, array_to_string(event_types, ','), cast(campaign_id as text),
            provincial_unit, description, status, paused_reason, paused_at, created_by, created_at, updated_at, secret,
            case when previous_secret_until > now() then previous_secret_until end""";

    private Optional<Subscription> find(UUID id, boolean withSecret) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from webhook_subscription where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> subscription(r, withSecret));
    }

    private static Subscription subscription(Object[] r, boolean withSecret) {
        return new Subscription(UUID.fromString((String) r[0]), new Subscriber((String) r[1], (String) r[2]),
                (String) r[3], List.copyOf(Arrays.asList(((String) r[4]).split(","))),
                r[5] == null ? null : UUID.fromString((String) r[5]), (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], time(r[10]), (String) r[11], time(r[12]), time(r[13]),
                withSecret ? (String) r[14] : null, time(r[15]));
    }

    /** A timestamptz as Hibernate hands it back from a native query, in China time like every answer. */
    static OffsetDateTime time(Object value) {
        Instant instant;
        if (value == null) {
            instant = null;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof java.sql.Timestamp t) {
            instant = t.toInstant();
        } else if (value instanceof java.time.ZonedDateTime z) {
            instant = z.toInstant();
        } else {
            throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        }
        return instant == null ? null : instant.atZone(cn.gov.samr.campaigns.platform.time.ChinaClock.ZONE)
                .toOffsetDateTime();
    }

    private void afterCommitNudge() {
        // the new row is visible once this transaction commits; the next scheduled pass sends it at the latest
        jakarta.transaction.TransactionSynchronizationRegistry registry = io.quarkus.arc.Arc.container()
                .instance(jakarta.transaction.TransactionSynchronizationRegistry.class).get();
        registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    dispatcher.nudge();
                }
            }
        });
    }
}
