package cn.gov.samr.campaigns.event.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the national office decides about an edition, validated: the part of a campaign that a draft sets and
 * an update changes. Published campaigns record every change of their terms.
 */
public record CampaignTerms(CampaignKind kind, LocalizedText name, List<CampaignTheme> themes,
        CampaignSchedule schedule, List<LocalizedText> focusThemes, UUID parentId, UUID seriesId,
        ReportingRules reporting) {

    public CampaignTerms {
        themes = themes == null ? List.of() : List.copyOf(themes);
        focusThemes = focusThemes == null ? List.of() : List.copyOf(focusThemes);
        reporting = reporting == null ? ReportingRules.defaultFor(kind) : reporting;
    }
}
