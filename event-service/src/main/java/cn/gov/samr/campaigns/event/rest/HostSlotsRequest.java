package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.LocalizedText;

/** The whole set of the experience week's host slots, one per provincial unit at most; replaces what was there. */
public record HostSlotsRequest(@NotNull @Size(max = 32) List<@NotNull @Valid Slot> slots) {

    @Schema(name = "HostSlot")
    public record Slot(@NotNull String province, @NotNull LocalDate weekStart, @NotNull LocalDate weekEnd,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid LocalizedText> focusThemes) {
    }
}
