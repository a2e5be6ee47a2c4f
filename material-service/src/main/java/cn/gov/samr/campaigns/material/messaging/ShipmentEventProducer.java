package cn.gov.samr.campaigns.material.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.config.MaterialServiceConfig;
import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.messaging.ShipmentEvents.Item;
import cn.gov.samr.campaigns.material.messaging.ShipmentEvents.ReceivedItem;
import cn.gov.samr.campaigns.platform.messaging.Outbox;

/** Shipment events, written to the outbox inside the caller's transaction; the shipment id is the key. */
@ApplicationScoped
public class ShipmentEventProducer {

    private final Outbox outbox;
    private final MaterialServiceConfig config;

    public ShipmentEventProducer(Outbox outbox, MaterialServiceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public void dispatched(Shipment s) {
        emit(s, ShipmentEvents.ShipmentDispatched.TYPE, new ShipmentEvents.ShipmentDispatched(s.id, s.campaignId,
                s.planId, s.divisionCode, items(s), s.carrier, s.trackingNumber, s.dispatchedAt, s.expectedDeliveryOn));
    }

    public void received(Shipment s) {
        List<ReceivedItem> items = s.items.stream().map(i -> new ReceivedItem(i.materialId, i.quantity,
                i.quantityReceived, i.quantityDamaged)).toList();
        emit(s, ShipmentEvents.ShipmentReceived.TYPE, new ShipmentEvents.ShipmentReceived(s.id, s.campaignId,
                s.planId, s.divisionCode, items, s.status.wire(), s.confirmedBy, s.receivedAt, s.receiptNote));
    }

    public void cancelled(Shipment s) {
        emit(s, ShipmentEvents.ShipmentCancelled.TYPE, new ShipmentEvents.ShipmentCancelled(s.id, s.campaignId,
                s.planId, s.divisionCode, items(s), s.cancelledFrom.wire(), s.cancelReason, s.cancelledAt));
    }

    private static List<Item> items(Shipment s) {
        return s.items.stream().map(i -> new Item(i.materialId, i.quantity)).toList();
    }

    private void emit(Shipment s, String type, Object event) {
        outbox.publish(config.topics().materials(), "Shipment", s.id.toString(), type, event);
    }
}
