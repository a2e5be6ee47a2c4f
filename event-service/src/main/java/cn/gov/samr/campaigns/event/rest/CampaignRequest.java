package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignSchedule;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/** A campaign draft as the national office writes it. */
public record CampaignRequest(
        @NotNull CampaignKind kind,
        @NotNull @Valid LocalizedText name,
        @Valid LocalizedText theme,
        @NotNull @Valid Window window,
        @NotNull LocalDate reportingDeadline,
        @Valid LaunchCeremony launchCeremony) {

    /** The campaign window, dates in Asia/Shanghai, both inclusive. */
    public record Window(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** 启动仪式: the city (division code) and the day. */
    public record LaunchCeremony(@NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code") String city,
            @NotNull LocalDate date) {
    }

    CampaignSchedule schedule() {
        return new CampaignSchedule(window == null ? null : window.start(), window == null ? null : window.end(),
                reportingDeadline, launchCeremony == null ? null : launchCeremony.date());
    }
}
