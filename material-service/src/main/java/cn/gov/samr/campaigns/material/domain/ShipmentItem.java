package cn.gov.samr.campaigns.material.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** Copies of one postal material in a shipment, and what the province counted on receipt. */
@Embeddable
public class ShipmentItem {

    public UUID materialId;

    /** Copies sent. */
    public int quantity;

    /** Copies that arrived usable; null until the receipt. */
    public Integer quantityReceived;

    /** Copies that arrived damaged; null until the receipt. */
    public Integer quantityDamaged;

    public static ShipmentItem of(UUID materialId, int quantity) {
        ShipmentItem item = new ShipmentItem();
        item.materialId = materialId;
        item.quantity = quantity;
        return item;
    }

    /** Copies neither received nor reported damaged: lost on the way. */
    public int missing() {
        return quantity - quantityReceived - quantityDamaged;
    }
}
