package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.CeremonyPlace;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * A launch ceremony (启动仪式) as the national office plans it, to create one or to change it.
 *
 * @param campaigns the campaigns it launches: one ceremony may launch several weeks at once
 * @param date      the planned day (China), at most the configured number of days (default 30) before each
 *                  campaign's window starts and not after it ends
 * @param startTime the planned start, China time, when known
 */
public record LaunchCeremonyRequest(
        @NotNull @Valid LocalizedText title,
        @Schema(description = "Who hosts it, e.g. 市场监管总局、江苏省人民政府") @Valid LocalizedText host,
        @NotEmpty @Size(max = 20) List<@NotNull UUID> campaigns,
        @NotNull @Valid Place place,
        @NotNull LocalDate date,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "09:30",
                description = "Planned start, China time, HH:mm") LocalTime startTime) {

    /** Where: a known division down to county level (a county-level city included), an address, coordinates. */
    @Schema(name = "CeremonyPlace")
    public record Place(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code") String division,
            @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

        CeremonyPlace place() {
            return new CeremonyPlace(division, address, latitude, longitude);
        }

        static Place of(CeremonyPlace p) {
            return p == null ? null : new Place(p.division(), p.address(), p.latitude(), p.longitude());
        }
    }

    LaunchCeremony.Plan plan() {
        // a copy that keeps a null id, for the checks to name it
        return new LaunchCeremony.Plan(title, host, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(campaigns)),
                place.place(), date, startTime);
    }
}
