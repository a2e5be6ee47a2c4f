package cn.gov.samr.campaigns.material.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import cn.gov.samr.campaigns.material.messaging.CampaignPublished;

/**
 * What material-service reads of event-service's tallies ({@code GET /api/v1/admin/tallies}): the campaigns and their
 * kinds ({@code kind} absent from an older event-service: a plan is owed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignTally(UUID campaignId, String kind, String status) {

    /** Every published campaign has a distribution plan, except a series (its editions have theirs). */
    public boolean needsPlan() {
        return !CampaignPublished.SERIES.equals(kind);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tallies(List<CampaignTally> campaigns) {
        public Tallies {
            Objects.requireNonNull(campaigns, "campaigns"); // an answer without them is no answer
        }
    }
}
