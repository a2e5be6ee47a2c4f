package cn.gov.samr.campaigns.platform.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.webhook.WebhookFanout;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * Records an event in the same transaction as the state change it announces; {@link OutboxRelay} publishes it.
 * Callers must already be in a transaction: an event without its state change, or the reverse, cannot happen.
 */
@ApplicationScoped
public class Outbox {

    /** Fired inside the writing transaction; the relay observes its commit. */
    public record EventsWritten() {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<EventsWritten> written;
    private final WebhookFanout webhooks;
    private final String source;

    public Outbox(EntityManager em, ObjectMapper json, Event<EventsWritten> written, WebhookFanout webhooks,
            OutboxConfig config) {
        this.em = em;
        this.webhooks = webhooks;
        this.source = config.source();
        // the services' mapper (China time), and absent values left out of every body, as docs/asyncapi.yaml
        // has it, whatever the REST answers do: an event body is a published contract of its own
        this.json = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        this.written = written;
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
        long version = nextVersion(aggregateType, aggregateId);
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        String body = toJson(payload);
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                          payload, aggregate_version, trace_parent)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9)""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, eventType)
                .setParameter(6, occurredAt)
                .setParameter(7, body)
                .setParameter(8, version)
                .setParameter(9, traceParent())
                .executeUpdate();
        // the partners' webhooks are owed the event in this same transaction, or not at all
        webhooks.fanOut(eventId, source, aggregateType, aggregateId, eventType, occurredAt, version, body);
        written.fire(new EventsWritten());
        return eventId;
    }

    /**
     * The aggregate's version after this event. The row lock taken here is held to the commit, so two writers of
     * one aggregate get their versions in the order they commit, and their outbox rows in the same order.
     */
    private long nextVersion(String aggregateType, String aggregateId) {
        return ((Number) em.createNativeQuery("""
                insert into aggregate_version (aggregate_type, aggregate_id, version) values (?1, ?2, 1)
                on conflict (aggregate_type, aggregate_id) do update set version = aggregate_version.version + 1
                returning version""")
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .getSingleResult()).longValue();
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
