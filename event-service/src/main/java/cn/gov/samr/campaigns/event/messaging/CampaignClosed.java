package cn.gov.samr.campaigns.event.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A campaign closed: no more activities are scheduled under it. */
public record CampaignClosed(UUID campaignId, OffsetDateTime closedAt) {

    public static final String TYPE = "CampaignClosed";
}
