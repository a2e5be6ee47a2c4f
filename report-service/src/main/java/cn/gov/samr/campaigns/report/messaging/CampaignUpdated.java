package cn.gov.samr.campaigns.report.messaging;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of event-service's CampaignUpdated: the campaign's deadline and reporting rules as they
 * are now (a published campaign's rules only ever add parties or reports).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignUpdated(UUID campaignId, LocalDate reportingDeadline, Reporting reporting) {

    public static final String TYPE = "CampaignUpdated";

    public Reporting rules() {
        return reporting == null ? Reporting.LEGACY : reporting;
    }

    /** The first field the obligations cannot follow without; null when all fit. */
    public String invalidField() {
        if (campaignId == null) {
            return "campaignId";
        }
        String rules = rules().invalidField();
        if (rules != null) {
            return rules;
        }
        return rules().summary() && reportingDeadline == null ? "reportingDeadline" : null;
    }
}
