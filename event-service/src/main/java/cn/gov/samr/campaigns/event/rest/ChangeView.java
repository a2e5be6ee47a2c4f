package cn.gov.samr.campaigns.event.rest;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.ChangeRecord;

/** One entry of a campaign's or an activity's history. */
@Schema(requiredProperties = { "changedAt", "changedBy", "changes" })
public record ChangeView(OffsetDateTime changedAt, String changedBy, String reason, Map<String, Object> changes) {

    static ChangeView of(ChangeRecord c) {
        return new ChangeView(c.changedAt, c.changedBy, c.reason, c.changes);
    }
}
