package cn.gov.samr.campaigns.material.messaging;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What material-service reads of event-service's CampaignPublished: the campaign and who receives posters. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignPublished(UUID campaignId, List<Recipient> provincialUnits) {

    public static final String TYPE = "CampaignPublished";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String code, Name name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String zh) {
    }
}
