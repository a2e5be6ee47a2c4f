package cn.gov.samr.campaigns.material.rest;

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

/** Request bodies of plan edits. At most 100,000 copies of one material per unit: more is a typing error. */
public final class PlanRequests {

    public static final int MAX_COPIES = 100_000;

    private PlanRequests() {
    }

    /** A postal material with one national figure: the copies each provincial unit gets until changed. */
    @Schema(name = "AddPlanMaterialRequest")
    public record AddMaterial(@NotNull UUID materialId,
            @NotNull @PositiveOrZero @Max(MAX_COPIES) Integer quantityPerUnit) {
    }

    @Schema(name = "ChangePlanLinesRequest")
    public record ChangeLines(@NotEmpty @Size(max = 2000) List<@Valid @NotNull Line> lines) {
    }

    @Schema(name = "PlanLineChange")
    public record Line(@NotNull UUID materialId, @NotBlank String provincialUnit,
            @NotNull @PositiveOrZero @Max(MAX_COPIES) Integer quantity) {
    }
}
