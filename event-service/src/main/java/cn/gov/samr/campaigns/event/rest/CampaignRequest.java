package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignSchedule;
import cn.gov.samr.campaigns.event.domain.CampaignTerms;
import cn.gov.samr.campaigns.event.domain.CampaignTheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.ReportingMode;
import cn.gov.samr.campaigns.event.domain.ReportingRules;

/**
 * A campaign edition as the national office writes it, to create a draft or to change one.
 *
 * @param changeReason why a published campaign changes; required when its window moves
 */
public record CampaignRequest(
        @NotNull CampaignKind kind,
        @NotNull @Valid LocalizedText name,
        @Size(max = 10) List<@NotNull @Valid CampaignTheme> themes,
        @NotNull @Valid Window window,
        @Schema(description = "The summary's due day; required when a summary is owed (reporting.summary)")
        LocalDate reportingDeadline,
        @Size(max = 20) List<@NotNull @Valid LocalizedText> focusThemes,
        UUID parentId,
        @Schema(description = "The umbrella series (a campaign of kind series) this edition belongs to")
        UUID seriesId,
        @Valid Reporting reporting,
        @Size(max = 1000) String changeReason) {

    /** The campaign window, dates in Asia/Shanghai, both inclusive. */
    public record Window(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /**
     * Who owes which reports. Left out: a summary from every provincial unit (a series: nothing).
     *
     * @param provincialUnits the provincial units that report; left out (null) for all 32, empty for none
     * @param certificationBodies the certification bodies (approval numbers) the notice asks to report
     * @param activityPlanDue the day an activity plan (活动方案) is due, before the window; none asked when left out
     * @param summary whether a summary is due on the reporting deadline; true when left out (a series: false)
     */
    @Schema(name = "ReportingRulesRequest")
    public record Reporting(ReportingMode mode,
            @Size(max = 40) List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code") String> provincialUnits,
            @Size(max = 200) List<@NotNull @Size(min = 1, max = 40) String> certificationBodies,
            LocalDate activityPlanDue,
            Boolean summary) {

        ReportingRules rules(CampaignKind kind) {
            ReportingRules defaults = ReportingRules.defaultFor(kind);
            return new ReportingRules(mode, provincialUnits, certificationBodies, activityPlanDue,
                    summary == null ? defaults.summary() : summary);
        }
    }

    CampaignSchedule schedule() {
        return new CampaignSchedule(window == null ? null : window.start(), window == null ? null : window.end(),
                reportingDeadline);
    }

    CampaignTerms terms() {
        return new CampaignTerms(kind, name, themes, schedule(), focusThemes, parentId, seriesId,
                reporting == null ? null : reporting.rules(kind));
    }
}
