package cn.gov.samr.campaigns.platform.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.webhook.WebhookAudience.OutgoingEvent;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience.Subscriber;

/**
 * Turns an event the outbox is writing into the deliveries subscriptions are owed, in the same transaction: an event
 * whose state change commits is owed to every matching subscription, and one that rolls back to none. No cursor over
 * the outbox is needed (outbox ids commit out of order, so a cursor could skip), and nothing leaves from the request
 * path: {@link WebhookDispatcher} sends the rows later.
 *
 * <p>A subscription is owed the event when it names the event's type, its filters match (a campaign filter keeps the
 * events whose body names that campaign in {@code campaignId} or {@code campaignIds}; a provincial-unit filter those
 * whose {@code provincialUnit} is that unit), and the service's {@link WebhookAudience} lets its owner read what the
 * event says. A paused subscription is still owed its events: they wait, and flow when it is resumed.
 */
@ApplicationScoped
public class WebhookFanout {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final EntityManager em;
    private final WebhookAudience audience;

    public WebhookFanout(EntityManager em, WebhookAudience audience) {
        this.em = em;
        this.audience = audience;
    }

    /**
     * A subscription naming the event's type, as {@code Outbox} reads it in the statement that writes the event:
     * its owner and filters, checked here.
     */
    public record Candidate(String id, String ownerRole, String ownerOrg, String campaignId, String provincialUnit) {
    }

    /**
     * @param candidates the subscriptions whose {@code event_types} name {@code type}, read in this transaction
     * @return how many deliveries were written
     */
    @Transactional(TxType.MANDATORY)
    public int fanOut(UUID eventId, String source, String aggregateType, String aggregateId, String type,
            OffsetDateTime occurredAt, long aggregateVersion, String json, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        JsonNode data = parse(json);
        OutgoingEvent event = new OutgoingEvent(type, aggregateType, aggregateId, data);
        List<String> owed = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.campaignId() != null && !namesCampaign(data, c.campaignId())) {
                continue;
            }
            if (c.provincialUnit() != null && !c.provincialUnit().equals(data.path("provincialUnit").asText(null))) {
                continue;
            }
            if (audience.mayReceive(new Subscriber(c.ownerRole(), c.ownerOrg()), event)) {
                owed.add(c.id());
            }
        }
        if (owed.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("""
                insert into webhook_event (event_id, event_type, source, subject, occurred_at, aggregate_version, data)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (event_id) do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, source)
                .setParameter(4, aggregateId)
                .setParameter(5, occurredAt)
                .setParameter(6, aggregateVersion)
                .setParameter(7, json)
                .executeUpdate();
        for (String subscription : owed) {
            em.createNativeQuery("""
                    insert into webhook_delivery (id, subscription_id, event_id, event_type, status, next_attempt_at,
                                                  created_at)
                    values (?1, cast(?2 as uuid), ?3, ?4, 'pending', ?5, ?5)""")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, subscription)
                    .setParameter(3, eventId)
                    .setParameter(4, type)
                    .setParameter(5, now)
                    .executeUpdate();
        }
        return owed.size();
    }

    static boolean namesCampaign(JsonNode data, String campaign) {
        if (campaign.equals(data.path("campaignId").asText(null))) {
            return true;
        }
        for (JsonNode id : data.path("campaignIds")) {
            if (campaign.equals(id.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not JSON", e);
        }
    }
}
