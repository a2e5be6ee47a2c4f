package cn.gov.samr.campaigns.material.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the shipment events on {@code material.events}, exactly as docs/events.md fixes them. */
public final class ShipmentEvents {

    private ShipmentEvents() {
    }

    public record Item(UUID materialId, int quantity) {
    }

    public record ReceivedItem(UUID materialId, int quantityDispatched, int quantityReceived, int quantityDamaged) {
    }

    public record ShipmentDispatched(UUID shipmentId, UUID campaignId, UUID planId, String provincialUnit,
            List<Item> items, String carrier, String trackingNumber, OffsetDateTime dispatchedAt,
            LocalDate expectedDeliveryOn) {
        public static final String TYPE = "ShipmentDispatched";
    }

    /** {@code status} is {@code received} or {@code partially-received}. */
    public record ShipmentReceived(UUID shipmentId, UUID campaignId, UUID planId, String provincialUnit,
            List<ReceivedItem> items, String status, String confirmedBy, OffsetDateTime receivedAt, String note) {
        public static final String TYPE = "ShipmentReceived";
    }

    /** {@code previousStatus} is {@code planned}, {@code dispatched} or {@code delivered}. */
    public record ShipmentCancelled(UUID shipmentId, UUID campaignId, UUID planId, String provincialUnit,
            List<Item> items, String previousStatus, String reason, OffsetDateTime cancelledAt) {
        public static final String TYPE = "ShipmentCancelled";
    }
}
