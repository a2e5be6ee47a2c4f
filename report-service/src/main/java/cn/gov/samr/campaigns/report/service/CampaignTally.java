package cn.gov.samr.campaigns.report.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One campaign of event-service's tallies ({@code GET /api/v1/admin/tallies}): what it holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignTally(UUID campaignId, String status, Activities activities) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Activities(long published, long completed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tallies(List<CampaignTally> campaigns) {
        public Tallies {
            Objects.requireNonNull(campaigns, "campaigns"); // an answer without them is no answer
        }
    }
}
