package cn.gov.samr.campaigns.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;
import cn.gov.samr.campaigns.report.messaging.MaterialDownloaded;
import cn.gov.samr.campaigns.report.messaging.ShipmentChanged;
import cn.gov.samr.campaigns.report.repository.MaterialProjectionRepository;

/**
 * Applies one material event to the shipment and download projections; the live listener and the rebuild both
 * call this. Shipment events are state events applied by version (an older one changes nothing); MaterialDownloaded
 * is a delta, summed once per event id whatever its version. Catalogue events (MaterialPublished, versions, update notices) do not concern the statistics.
 */
@ApplicationScoped
public class MaterialProjector {

    private final EventInbox inbox;
    private final MaterialProjectionRepository projection;

    public MaterialProjector(EventInbox inbox, MaterialProjectionRepository projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    // A poison event does not doom a rebuild's transaction: the rebuild skips it as the live listener dead-letters
    // it (the listener's own transaction, which it began, still rolls back).
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonMessageException.class)
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case ShipmentChanged.DISPATCHED, ShipmentChanged.RECEIVED, ShipmentChanged.CANCELLED ->
                shipment(event, inbox.payload(event, ShipmentChanged.class));
            case MaterialDownloaded.TYPE -> download(event, inbox.payload(event, MaterialDownloaded.class));
            default -> {
                // other material events do not concern the statistics
            }
        }
    }

    private void shipment(CloudEvent event, ShipmentChanged s) {
        require(event, s.invalidField());
        switch (event.type()) {
            case ShipmentChanged.DISPATCHED -> projection.dispatched(s.shipmentId(), s.campaignId(),
                    s.provincialUnit(), s.copies(i -> ShipmentChanged.orZero(i.quantity())), event.aggregateVersion());
            case ShipmentChanged.RECEIVED -> projection.received(s.shipmentId(), s.campaignId(), s.provincialUnit(),
                    s.copies(i -> ShipmentChanged.orZero(i.quantityDispatched())),
                    s.copies(i -> ShipmentChanged.orZero(i.quantityReceived())),
                    s.copies(i -> ShipmentChanged.orZero(i.quantityDamaged())), event.aggregateVersion());
            default -> projection.cancelled(s.shipmentId(), s.campaignId(), s.provincialUnit(), event.aggregateVersion());
        }
    }

    private void download(CloudEvent event, MaterialDownloaded d) {
        require(event, d.invalidField());
        projection.downloaded(event.id(), d.campaignId(), d.provincialUnit(), d.downloads());
    }

    /** Checked before any write: nothing half-applied. */
    private static void require(CloudEvent event, String invalidField) {
        if (invalidField != null) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no valid " + invalidField);
        }
    }
}
