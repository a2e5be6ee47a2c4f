package cn.gov.samr.campaigns.material.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/**
 * One parcel of a distribution plan to one provincial unit. Its transitions are here, each refusing with a 409 from
 * a status it cannot leave that way; who may ask for them is decided by the resource.
 */
@Entity
@DynamicUpdate // each step (dispatch, delivery, receipt) changes a few of its columns; the update sends those only
public class Shipment {

    @Id
    public UUID id;

    public UUID planId;

    public UUID campaignId;

    /** The receiving provincial unit (GB/T 2260). */
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;

    public OffsetDateTime createdAt;

    public String carrier;

    public String trackingNumber;

    public LocalDate expectedDeliveryOn;

    public OffsetDateTime dispatchedAt;

    public OffsetDateTime deliveredAt;

    public OffsetDateTime receivedAt;

    /** The officer who confirmed the receipt, from their token. */
    public String confirmedBy;

    public String receiptNote;

    public OffsetDateTime cancelledAt;

    @Enumerated(EnumType.STRING)
    public ShipmentStatus cancelledFrom;

    public String cancelReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_item", joinColumns = @JoinColumn(name = "shipment_id"))
    public List<ShipmentItem> items = new ArrayList<>();

    @Version
    public long version;

    public static Shipment planned(UUID id, DistributionPlan plan, String divisionCode, List<ShipmentItem> items,
            OffsetDateTime now) {
        Shipment s = new Shipment();
        s.id = id;
        s.planId = plan.id;
        s.campaignId = plan.campaignId;
        s.divisionCode = divisionCode;
        s.status = ShipmentStatus.PLANNED;
        s.createdAt = now;
        s.items = new ArrayList<>(items);
        return s;
    }

    public void dispatch(String carrier, String trackingNumber, LocalDate expectedDeliveryOn, OffsetDateTime now) {
        require(status == ShipmentStatus.PLANNED, "dispatched");
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.expectedDeliveryOn = expectedDeliveryOn;
        this.dispatchedAt = now;
        this.status = ShipmentStatus.DISPATCHED;
    }

    public void deliver(OffsetDateTime now) {
        require(status == ShipmentStatus.DISPATCHED, "marked delivered");
        this.deliveredAt = now;
        this.status = ShipmentStatus.DELIVERED;
    }

    /**
     * Records what arrived, per material. Received when nothing is missing (received + damaged = sent for every
     * material: damaged copies did arrive, the damage is reported apart); partially received when any is missing.
     *
     * @param counts per material: {received, damaged}; the caller has checked they cover exactly the items
     */
    public void receive(Map<UUID, int[]> counts, String note, String confirmedBy, OffsetDateTime now) {
        require(ShipmentStatus.IN_TRANSIT.contains(status), "confirmed as received");
        items.forEach(item -> {
            item.quantityReceived = counts.get(item.materialId)[0];
            item.quantityDamaged = counts.get(item.materialId)[1];
        });
        this.receiptNote = note;
        this.confirmedBy = confirmedBy;
        this.receivedAt = now;
        this.status = items.stream().allMatch(i -> i.missing() == 0) ? ShipmentStatus.RECEIVED
                : ShipmentStatus.PARTIALLY_RECEIVED;
    }

    public void cancel(String reason, OffsetDateTime now) {
        require(ShipmentStatus.CANCELLABLE.contains(status), "cancelled");
        this.cancelledFrom = status;
        this.cancelReason = reason;
        this.cancelledAt = now;
        this.status = ShipmentStatus.CANCELLED;
    }

    /** Not received although the expected delivery day plus the grace is over (China days). */
    public boolean isOverdue(LocalDate today, Period grace) {
        return ShipmentStatus.IN_TRANSIT.contains(status) && expectedDeliveryOn != null
                && today.isAfter(expectedDeliveryOn.plus(grace));
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new ConflictProblem("Shipment " + id + " is " + status.wire() + "; it cannot be " + what + ".");
        }
    }
}
