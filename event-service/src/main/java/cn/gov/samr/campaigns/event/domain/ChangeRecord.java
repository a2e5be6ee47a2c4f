package cn.gov.samr.campaigns.event.domain;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to something published: what moved from what to what, who changed it and why. */
@MappedSuperclass
public abstract class ChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime changedAt;
    public String changedBy;
    public String reason;

    /** Field (as the API names it) → {from, to}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;

    protected <T extends ChangeRecord> T fill(Map<String, Object> changes, String changedBy, String reason,
            OffsetDateTime now) {
        this.changes = changes;
        this.changedBy = changedBy;
        this.reason = reason;
        this.changedAt = now;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }
}
