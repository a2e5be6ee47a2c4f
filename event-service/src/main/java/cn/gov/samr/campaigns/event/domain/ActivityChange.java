package cn.gov.samr.campaigns.event.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;

/** A change to a published activity. */
@Entity
public class ActivityChange extends ChangeRecord {

    public UUID activityId;

    public static ActivityChange of(UUID activityId, Map<String, Object> changes, String changedBy, String reason,
            OffsetDateTime now) {
        ActivityChange change = new ActivityChange();
        change.activityId = activityId;
        return change.fill(changes, changedBy, reason, now);
    }
}
