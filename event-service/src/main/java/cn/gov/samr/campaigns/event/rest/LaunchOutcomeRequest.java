package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;

/**
 * What actually happened to a launch ceremony.
 *
 * @param place  where it took place, when not where planned: required for moved unless the day moved; allowed for
 *               hybrid; refused for the other outcomes
 * @param date   the day it took place, when not the planned day: moved, online, hybrid
 * @param link   the https address of an online or hybrid ceremony (required for those, refused for the others)
 * @param reason why it was cancelled (required for cancelled, refused for the others)
 */
@Schema(name = "LaunchOutcomeRequest")
public record LaunchOutcomeRequest(
        @NotNull LaunchOutcome outcome,
        @Valid LaunchCeremonyRequest.Place place,
        LocalDate date,
        @Size(max = 500) @Pattern(regexp = "https://[^\\s]+", message = "must be an https:// address") String link,
        @Size(max = 1000) String reason) {

    LaunchCeremony.Outcome outcomeOf() {
        return new LaunchCeremony.Outcome(outcome, place == null ? null : place.place(), date, link,
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
