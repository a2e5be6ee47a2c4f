package cn.gov.samr.campaigns.report.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of material-service's ShipmentDispatched, ShipmentReceived and ShipmentCancelled: the
 * shipment, its campaign and unit, and its items' copies (dispatched items carry {@code quantity}, received ones
 * {@code quantityDispatched}, {@code quantityReceived} and {@code quantityDamaged}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentChanged(UUID shipmentId, UUID campaignId, String provincialUnit, List<Item> items) {

    public static final String DISPATCHED = "ShipmentDispatched";
    public static final String RECEIVED = "ShipmentReceived";
    public static final String CANCELLED = "ShipmentCancelled";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID materialId, Integer quantity, Integer quantityDispatched, Integer quantityReceived,
            Integer quantityDamaged) {
    }

    /** The first field the projection cannot take; null when all fit. Checked before any write. */
    public String invalidField() {
        if (shipmentId == null) {
            return "shipmentId";
        }
        if (campaignId == null) {
            return "campaignId";
        }
        if (!EventFields.isCode(provincialUnit)) {
            return "provincialUnit";
        }
        return items == null || items.contains(null) ? "items" : null;
    }

    /** The sum of one quantity over the items; a missing quantity is none. */
    public long copies(ToIntFunction<Item> quantity) {
        return items.stream().mapToLong(i -> quantity.applyAsInt(i)).sum();
    }

    public static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
