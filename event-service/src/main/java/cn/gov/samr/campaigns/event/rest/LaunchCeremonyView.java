package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * A launch ceremony: the plan, and what happened.
 *
 * @param campaigns the campaigns it launches (for anyone but the national office, the published or closed ones)
 * @param held      where and when it took place; absent while planned and when cancelled
 */
@Schema(requiredProperties = { "id", "title", "campaigns", "place", "date", "outcome", "createdAt", "updatedAt",
        "version", "warnings" })
public record LaunchCeremonyView(UUID id, LocalizedText title, LocalizedText host, List<UUID> campaigns,
        @Schema(description = "The planned place") LaunchCeremonyRequest.Place place,
        @Schema(description = "The planned day (China)") LocalDate date,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "09:30",
                description = "The planned start, China time") @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        LaunchOutcome outcome, Held held,
        @Schema(description = "Why it was cancelled") String cancellationReason,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
        @Schema(description = "What to look at although nothing was refused, e.g. a campaign launched twice")
        List<FieldError> warnings) {

    @Schema(name = "LaunchCeremonyHeld", description = "How it took place: the day, the place (none when online "
            + "only), the link (online or hybrid)", requiredProperties = { "date" })
    public record Held(LocalDate date, LaunchCeremonyRequest.Place place, String link) {
    }

    static LaunchCeremonyView of(LaunchCeremony l, Set<UUID> visibleCampaigns, List<FieldError> warnings) {
        Held held = l.actualDate == null ? null
                : new Held(l.actualDate, LaunchCeremonyRequest.Place.of(l.actualPlace), l.link);
        return new LaunchCeremonyView(l.id, l.title, l.host,
                l.campaignIds.stream().filter(visibleCampaigns::contains).sorted().toList(),
                LaunchCeremonyRequest.Place.of(l.plannedPlace), l.plannedDate, l.plannedStartTime, l.outcome, held,
                l.cancellationReason, l.createdAt, l.updatedAt, l.version, warnings);
    }
}
