package cn.gov.samr.campaigns.platform.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.webhook.WebhookDispatcher;
import cn.gov.samr.campaigns.platform.webhook.WebhookFanout;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * Records an event in the same transaction as the state change it announces; {@link OutboxRelay} publishes it.
 * Callers must already be in a transaction: an event without its state change, or the reverse, cannot happen.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final WebhookFanout webhooks;
    private final WebhookDispatcher dispatcher;
    private final String source;

    public Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, WebhookFanout webhooks, WebhookDispatcher dispatcher, OutboxConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.source = config.source();
        // the services' mapper (China time), and absent values left out of every body, as docs/asyncapi.yaml
        // has it, whatever the REST answers do: an event body is a published contract of its own
        this.json = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * @param topic         Kafka topic, e.g. {@code campaign.events}
     * @param aggregateType the kind of aggregate, e.g. {@code Campaign}
     * @param aggregateId   the record key and CloudEvents subject: one aggregate's events stay in order
     * @param eventType     the CloudEvents type, e.g. {@code CampaignPublished}
     * @param payload       serialised as the JSON body
     * @return the event id
     */
    @Transactional(TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, String aggregateId, String eventType, Object payload) {
        UUID eventId = UUID.randomUUID();
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        String body = toJson(payload);
        // One round trip for what used to take three: the aggregate's next version, the outbox row carrying it, and
        // the webhook subscriptions that might be owed the event. The version's row lock is taken here and held to
        // the commit, so two writers of one aggregate get their versions, and their outbox rows, in commit order.
        // The left join keeps the one row of the outbox insert when no subscription names the event type.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with version as (
                    insert into aggregate_version (aggregate_type, aggregate_id, version) values (?3, ?4, 1)
                    on conflict (aggregate_type, aggregate_id) do update set version = aggregate_version.version + 1
                    returning version),
                event as (
                    insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                              payload, aggregate_version, trace_parent)
                    values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), (select version from version), ?8)
                    returning aggregate_version)
                select event.aggregate_version, cast(s.id as text), s.owner_role, s.owner_org,
                       cast(s.campaign_id as text), s.provincial_unit
                from event left join webhook_subscription s on ?5 = any(s.event_types)""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, eventType)
                .setParameter(6, occurredAt)
                .setParameter(7, body)
                .setParameter(8, traceParent())
                .getResultList();
        long version = ((Number) rows.get(0)[0]).longValue();
        List<WebhookFanout.Candidate> candidates = rows.stream().filter(r -> r[1] != null)
                .map(r -> new WebhookFanout.Candidate((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5]))
                .toList();
        // the partners' webhooks are owed the event in this same transaction, or not at all
        int deliveries = webhooks.fanOut(eventId, source, aggregateType, aggregateId, eventType, occurredAt, version,
                body, candidates);
        afterCommit().wakeDispatcher |= deliveries > 0;
        return eventId;
    }

    /**
     * This transaction's after-commit hook, registered with its first event: once the rows are visible, the relay
     * (and the webhook dispatcher, when deliveries were written) is woken, so an event leaves at once rather than at
     * the next poll. Interposed, so it runs after the connection's commit; the wake-up only queues a pass on the
     * relay's own thread, the request's thread is never held by it. A rollback wakes nothing.
     */
    private AfterCommit afterCommit() {
        AfterCommit hook = (AfterCommit) transactions.getResource(AfterCommit.class);
        if (hook == null) {
            hook = new AfterCommit();
            transactions.putResource(AfterCommit.class, hook);
            transactions.registerInterposedSynchronization(hook);
        }
        return hook;
    }

    private final class AfterCommit implements Synchronization {

        private boolean wakeDispatcher;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
                if (wakeDispatcher) {
                    dispatcher.nudge();
                }
            }
        }
    }

    /**
     * The current span's W3C {@code traceparent}, or null when nothing is traced (tracing off, or no span): the
     * relay runs later on a thread of its own, so the writer's context has to travel with the row.
     */
    static String traceParent() {
        String[] header = new String[1];
        W3CTraceContextPropagator.getInstance().inject(Context.current(), header, (carrier, key, value) -> {
            if ("traceparent".equals(key)) {
                carrier[0] = value;
            }
        });
        return header[0];
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload.getClass(), e);
        }
    }
}
