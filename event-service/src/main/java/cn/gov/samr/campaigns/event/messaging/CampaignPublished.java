package cn.gov.samr.campaigns.event.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * CampaignPublished (topic campaign.events). It names the provincial units that must report, so that
 * material-service and report-service need no copy of event-service's reference data.
 */
public record CampaignPublished(@JsonUnwrapped CampaignEdition campaign, OffsetDateTime publishedAt,
        List<ProvincialUnit> provincialUnits) {

    public static final String TYPE = "CampaignPublished";

    public record ProvincialUnit(String code, LocalizedText name) {
    }
}
