package cn.gov.samr.campaigns.material.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the shipment steps. */
public final class ShipmentRequests {

    private ShipmentRequests() {
    }

    @Schema(name = "DispatchRequest")
    public record Dispatch(@NotBlank @Size(max = 100) String carrier, @NotBlank @Size(max = 100) String trackingNumber,
            @NotNull LocalDate expectedDeliveryOn) {
    }

    /** Per material: copies that arrived usable, and copies that arrived damaged; the rest is missing. */
    @Schema(name = "ReceiptRequest")
    public record Receive(@NotEmpty @Size(max = 200) List<@Valid @NotNull Count> items, @Size(max = 2000) String note) {
    }

    /** No item of a shipment holds more than {@link PlanRequests#MAX_COPIES} copies, so no count may either. */
    @Schema(name = "ReceiptCount")
    public record Count(@NotNull UUID materialId,
            @NotNull @PositiveOrZero @Max(PlanRequests.MAX_COPIES) Integer quantityReceived,
            @NotNull @PositiveOrZero @Max(PlanRequests.MAX_COPIES) Integer quantityDamaged) {
    }

    @Schema(name = "ShipmentCancelRequest")
    public record Cancel(@NotBlank @Size(max = 1000) String reason) {
    }
}
