package cn.gov.samr.campaigns.material.domain;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a shipment (邮寄批次) is: planned → dispatched → (delivered) → received or partially received; or cancelled. */
public enum ShipmentStatus {
    @JsonProperty("planned")
    PLANNED,
    @JsonProperty("dispatched")
    DISPATCHED,
    /** The carrier says it was delivered; the province has not confirmed yet. */
    @JsonProperty("delivered")
    DELIVERED,
    @JsonProperty("received")
    RECEIVED,
    /** Confirmed, with copies missing. */
    @JsonProperty("partially-received")
    PARTIALLY_RECEIVED,
    @JsonProperty("cancelled")
    CANCELLED;

    /** On the way: may be overdue, may be confirmed. */
    public static final Set<ShipmentStatus> IN_TRANSIT = Set.of(DISPATCHED, DELIVERED);

    /** Where a cancellation may come from: anything not yet confirmed. */
    public static final Set<ShipmentStatus> CANCELLABLE = Set.of(PLANNED, DISPATCHED, DELIVERED);

    /** The name on the wire (events and JSON), e.g. {@code partially-received}. */
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
