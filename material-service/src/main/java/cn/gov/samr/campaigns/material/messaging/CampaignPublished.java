package cn.gov.samr.campaigns.material.messaging;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What material-service reads of event-service's CampaignPublished: the campaign and who receives posters. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignPublished(UUID campaignId, List<Recipient> provincialUnits) {

    public static final String TYPE = "CampaignPublished";

    /** The first field a plan cannot be opened without; null when all fit. Checked before any write. */
    public String invalidField() {
        if (campaignId == null) {
            return "campaignId";
        }
        if (provincialUnits == null) {
            return "provincialUnits";
        }
        for (Recipient unit : provincialUnits) {
            if (unit == null || unit.code() == null || !unit.code().matches("\\d{6}") || unit.name() == null
                    || unit.name().zh() == null) {
                return "provincialUnits";
            }
        }
        return null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String code, Name name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String zh) {
    }
}
