package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignSchedule;
import cn.gov.samr.campaigns.event.domain.CampaignTerms;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * A campaign edition as the national office writes it, to create a draft or to change one.
 *
 * @param changeReason why a published campaign changes; required when its window moves
 */
public record CampaignRequest(
        @NotNull CampaignKind kind,
        @NotNull @Valid LocalizedText name,
        @Valid LocalizedText theme,
        @NotNull @Valid Window window,
        @NotNull LocalDate reportingDeadline,
        @Valid LaunchCeremony launchCeremony,
        @Size(max = 20) List<@NotNull @Valid LocalizedText> focusThemes,
        UUID parentId,
        @Size(max = 1000) String changeReason) {

    /** The campaign window, dates in Asia/Shanghai, both inclusive. */
    public record Window(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** 启动仪式: the city (division code), the day, and who hosts it. */
    public record LaunchCeremony(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code") String city,
            @NotNull LocalDate date,
            @Valid LocalizedText host) {
    }

    CampaignSchedule schedule() {
        return new CampaignSchedule(window == null ? null : window.start(), window == null ? null : window.end(),
                reportingDeadline, launchCeremony == null ? null : launchCeremony.date());
    }

    CampaignTerms terms() {
        return new CampaignTerms(kind, name, theme, schedule(), launchCeremony == null ? null : launchCeremony.city(),
                launchCeremony == null ? null : launchCeremony.host(), focusThemes, parentId);
    }
}
