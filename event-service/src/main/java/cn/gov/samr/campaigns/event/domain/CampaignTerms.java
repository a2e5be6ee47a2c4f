package cn.gov.samr.campaigns.event.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the national office decides about an edition, validated: the part of a campaign that a draft sets and
 * an update changes. Published campaigns record every change of their terms.
 */
public record CampaignTerms(CampaignKind kind, LocalizedText name, LocalizedText theme, CampaignSchedule schedule,
        String launchCity, LocalizedText launchHost, List<LocalizedText> focusThemes, UUID parentId) {

    public CampaignTerms {
        focusThemes = focusThemes == null ? List.of() : List.copyOf(focusThemes);
    }
}
