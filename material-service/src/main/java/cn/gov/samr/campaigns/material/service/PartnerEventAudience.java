package cn.gov.samr.campaigns.material.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience;

/**
 * Which partner is told of which of material-service's events by webhook: what it could read over HTTP. Partners and
 * certification bodies are not officials (rest.Readers): they read published public materials and their files, so
 * they are told when such a material, or a new version of its file, is published. Download figures, fetches and
 * shipments are for officials (shipments carry tracking numbers and the names of who received them; a partner sees
 * only the board's totals), so those events are not offered.
 */
@ApplicationScoped
public class PartnerEventAudience implements WebhookAudience {

    private final EntityManager em;

    public PartnerEventAudience(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean mayReceive(Subscriber subscriber, OutgoingEvent event) {
        if (!event.type().equals(MaterialEvents.MaterialPublished.TYPE)
                && !event.type().equals(MaterialEvents.MaterialVersionPublished.TYPE)) {
            return false;
        }
        Material material = em.find(Material.class, UUID.fromString(event.aggregateId()));
        return material != null && material.status == MaterialStatus.PUBLISHED && material.access == Access.PUBLIC;
    }
}
