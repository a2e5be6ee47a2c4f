package cn.gov.samr.campaigns.report.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a report, kept as it was sent (报送版本); a return attaches the review comments to it. */
@Entity
public class ReportVersion {

    @Id
    public UUID id;

    public UUID obligationId;

    /** 1 for the first submission, 2 for the first resubmission, … */
    public int number;

    public OffsetDateTime submittedAt;
    public String submittedBy;

    /**
     * The whole report as submitted: narrative, statistics, media items, attachments' metadata. Written once: not
     * updatable, so that no flush of the submitting transaction finds the map "changed" against its JSON copy and
     * rewrites the row (a submission with media items was inserted, then updated once per auto-flush).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> snapshot;

    /** Null while under review. */
    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public String reviewComments;
    public OffsetDateTime reviewedAt;
    public String reviewedBy;

    public static ReportVersion of(UUID obligationId, int number, Map<String, Object> snapshot, String by,
            OffsetDateTime now) {
        ReportVersion v = new ReportVersion();
        v.id = UUID.randomUUID();
        v.obligationId = obligationId;
        v.number = number;
        v.snapshot = snapshot;
        v.submittedBy = by;
        v.submittedAt = now;
        return v;
    }

    public void review(ReviewOutcome outcome, String comments, String by, OffsetDateTime now) {
        this.outcome = outcome;
        this.reviewComments = comments;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }
}
