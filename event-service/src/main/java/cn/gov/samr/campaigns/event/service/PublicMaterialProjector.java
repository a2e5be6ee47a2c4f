package cn.gov.samr.campaigns.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.event.messaging.MaterialEvents.MaterialTerms;
import cn.gov.samr.campaigns.event.messaging.MaterialEvents.MaterialVersionPublished;
import cn.gov.samr.campaigns.event.messaging.MaterialEvents.MaterialWithdrawn;
import cn.gov.samr.campaigns.event.repository.PublicMaterialRepository;
import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;

/**
 * Applies one material event to the public materials projection. Every catalogue event is a state event of one
 * material, applied only when its aggregate version is newer than the one the row holds, so a redelivered, redriven
 * or replayed older event changes nothing. Shipments, downloads and update notices do not concern the public page.
 */
@ApplicationScoped
public class PublicMaterialProjector {

    private final EventInbox inbox;
    private final PublicMaterialRepository materials;

    public PublicMaterialProjector(EventInbox inbox, PublicMaterialRepository materials) {
        this.inbox = inbox;
        this.materials = materials;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case MaterialTerms.PUBLISHED, MaterialTerms.UPDATED -> {
                MaterialTerms m = inbox.payload(event, MaterialTerms.class);
                require(event, m.invalidField());
                materials.putTerms(m, event.aggregateVersion());
            }
            case MaterialVersionPublished.TYPE -> {
                MaterialVersionPublished v = inbox.payload(event, MaterialVersionPublished.class);
                require(event, v.invalidField());
                materials.putFile(v, event.aggregateVersion());
            }
            case MaterialWithdrawn.TYPE -> {
                MaterialWithdrawn w = inbox.payload(event, MaterialWithdrawn.class);
                require(event, w.invalidField());
                materials.withdraw(w.materialId(), event.aggregateVersion());
            }
            default -> {
                // shipments, downloads, update notices: not on the public page
            }
        }
    }

    /** Checked before any write: nothing half-applied. */
    private static void require(CloudEvent event, String invalidField) {
        if (invalidField != null) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no valid " + invalidField);
        }
    }
}
