package cn.gov.samr.campaigns.event.messaging;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A published campaign changed: its terms as they are now, what changed, by whom and why. */
public record CampaignUpdated(@JsonUnwrapped CampaignEdition campaign, OffsetDateTime updatedAt, String changedBy,
        String reason, Map<String, Object> changes) {

    public static final String TYPE = "CampaignUpdated";
}
