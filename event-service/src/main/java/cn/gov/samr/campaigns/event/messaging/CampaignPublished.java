package cn.gov.samr.campaigns.event.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * The CampaignPublished event body (topic campaign.events). It names the provincial units that must report, so
 * that material-service and report-service need no copy of event-service's reference data.
 */
public record CampaignPublished(UUID campaignId, CampaignKind kind, int year, LocalizedText name,
        LocalizedText theme, LocalDate windowStart, LocalDate windowEnd, LocalDate reportingDeadline,
        String launchCity, LocalDate launchDate, OffsetDateTime publishedAt, List<ProvincialUnit> provincialUnits) {

    public static final String TYPE = "CampaignPublished";

    public record ProvincialUnit(String code, LocalizedText name) {
    }
}
