package cn.gov.samr.campaigns.event.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a published activity: what moved, who changed it and why. */
@Entity
public class ActivityChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID activityId;
    public OffsetDateTime changedAt;
    public String changedBy;
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;

    public static ActivityChange of(UUID activityId, Map<String, Object> changes, String changedBy, String reason,
            OffsetDateTime now) {
        ActivityChange change = new ActivityChange();
        change.activityId = activityId;
        change.changes = changes;
        change.changedBy = changedBy;
        change.reason = reason;
        change.changedAt = now;
        return change;
    }
}
