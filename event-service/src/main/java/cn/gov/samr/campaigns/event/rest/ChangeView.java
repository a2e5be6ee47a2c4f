package cn.gov.samr.campaigns.event.rest;

import java.time.OffsetDateTime;
import java.util.Map;

import cn.gov.samr.campaigns.event.domain.CampaignChange;

public record ChangeView(OffsetDateTime changedAt, String changedBy, String reason, Map<String, Object> changes) {

    static ChangeView of(CampaignChange c) {
        return new ChangeView(c.changedAt, c.changedBy, c.reason, c.changes);
    }
}
