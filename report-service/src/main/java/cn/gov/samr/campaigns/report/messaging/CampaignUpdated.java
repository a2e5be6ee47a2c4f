package cn.gov.samr.campaigns.report.messaging;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What report-service reads of event-service's CampaignUpdated: the campaign's deadline as it is now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignUpdated(UUID campaignId, LocalDate reportingDeadline) {

    public static final String TYPE = "CampaignUpdated";

    /** The first field the obligations cannot follow without; null when all fit. */
    public String invalidField() {
        return campaignId == null ? "campaignId" : reportingDeadline == null ? "reportingDeadline" : null;
    }
}
