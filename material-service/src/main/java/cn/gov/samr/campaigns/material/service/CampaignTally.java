package cn.gov.samr.campaigns.material.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What material-service reads of event-service's tallies ({@code GET /api/v1/admin/tallies}): the campaigns. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignTally(UUID campaignId, String status) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tallies(List<CampaignTally> campaigns) {
        public Tallies {
            Objects.requireNonNull(campaigns, "campaigns"); // an answer without them is no answer
        }
    }
}
