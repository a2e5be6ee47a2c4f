package cn.gov.samr.campaigns.material.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.domain.ShipmentStatus;

/** A shipment as the API shows it; {@code overdue} is computed from today, never stored. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {
        "id", "planId", "campaignId", "provincialUnit", "status", "overdue", "items", "createdAt", "version" })
public record ShipmentView(UUID id, UUID planId, UUID campaignId, String provincialUnit, ShipmentStatus status,
        boolean overdue, List<Item> items, OffsetDateTime createdAt, String carrier, String trackingNumber,
        LocalDate expectedDeliveryOn, OffsetDateTime dispatchedAt, OffsetDateTime deliveredAt,
        OffsetDateTime receivedAt, String confirmedBy, String note, OffsetDateTime cancelledAt,
        ShipmentStatus cancelledFrom, String cancelReason, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ShipmentItem", requiredProperties = { "materialId", "quantity" })
    public record Item(UUID materialId, int quantity, Integer quantityReceived, Integer quantityDamaged) {
    }

    public static ShipmentView of(Shipment s, boolean overdue) {
        return new ShipmentView(s.id, s.planId, s.campaignId, s.divisionCode, s.status, overdue,
                s.items.stream().map(i -> new Item(i.materialId, i.quantity, i.quantityReceived, i.quantityDamaged))
                        .toList(),
                s.createdAt, s.carrier, s.trackingNumber, s.expectedDeliveryOn, s.dispatchedAt, s.deliveredAt,
                s.receivedAt, s.confirmedBy, s.receiptNote, s.cancelledAt, s.cancelledFrom, s.cancelReason, s.version);
    }
}
