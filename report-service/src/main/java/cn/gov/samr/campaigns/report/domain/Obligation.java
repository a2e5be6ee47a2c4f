package cn.gov.samr.campaigns.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/**
 * A party's duty to deliver one kind of report on one campaign by its deadline (报送任务). The party is a provincial
 * unit ({@link #divisionCode}) or a certification body ({@link #bodyId}), never both.
 */
@Entity
@DynamicUpdate // a submission or a review changes a few of its columns; the update sends those only
public class Obligation {

    @Id
    public UUID id;

    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    public ObligationKind kind = ObligationKind.SUMMARY;

    /** The provincial unit's division code, e.g. 320000 江苏省; null for a certification body. */
    public String divisionCode;
    public String divisionNameZh;
    public String divisionNameEn;

    /** The certification body's CNCA approval number, e.g. CNCA-R-2002-001; null for a provincial unit. */
    public String bodyId;
    public String bodyName;

    /** The division code or the approval number (a generated column). */
    @Column(insertable = false, updatable = false)
    public String party;

    /** A past edition entered afterwards: never reminded; the national office records what was received. */
    public boolean archived;

    /** The day an archived edition's report was actually received; null otherwise. */
    public LocalDate receivedOn;

    /** The last day to submit, inclusive, in Asia/Shanghai: the campaign's, or a granted extension's. */
    public LocalDate deadline;

    /** The deadline as the campaign first set it. */
    public LocalDate originalDeadline;

    @Enumerated(EnumType.STRING)
    public ObligationStatus status;

    public OffsetDateTime openedAt;

    /** The first submission, which timeliness is judged on; null until then. */
    public OffsetDateTime firstSubmittedAt;

    public OffsetDateTime acceptedAt;

    /** The date a granted extension set; a later campaign change never moves the deadline below it. */
    public LocalDate extendedDeadline;

    @Version
    public long version;

    public Timeliness timeliness(Instant now) {
        return Timeliness.of(deadline, firstSubmittedAt, now);
    }

    /** The province changes its report: allowed until it is submitted, and again once returned. */
    public void edit() {
        requireLive();
        if (!status.editable()) {
            throw new ConflictProblem("The report is " + status.wire() + " and cannot be changed.");
        }
        if (status == ObligationStatus.NOT_STARTED) {
            status = ObligationStatus.DRAFT;
        }
    }

    /** Draft → submitted, returned → resubmitted; the first submission is the one timeliness is judged on. */
    public void submit(OffsetDateTime now) {
        requireLive();
        status = switch (status) {
            case DRAFT -> ObligationStatus.SUBMITTED;
            case RETURNED -> ObligationStatus.RESUBMITTED;
            default -> throw new ConflictProblem("A report that is " + status.wire() + " cannot be submitted.");
        };
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
    }

    /** The national office sends a submitted report back for correction. */
    public void returnForCorrection() {
        requireUnderReview("returned");
        status = ObligationStatus.RETURNED;
    }

    public void accept(OffsetDateTime now) {
        requireUnderReview("accepted");
        status = ObligationStatus.ACCEPTED;
        acceptedAt = now;
    }

    /** A deadline can be extended only while nothing has been submitted. */
    public void requireExtensible() {
        requireLive();
        if (firstSubmittedAt != null) {
            throw new ConflictProblem("The report was already submitted; its deadline no longer matters.");
        }
    }

    /** A granted extension moves the deadline to its date and keeps it there against campaign changes. */
    public void extendTo(LocalDate granted) {
        requireExtensible();
        extendedDeadline = granted;
        deadline = granted;
    }

    /**
     * An archived edition's report as the national office received it: submitted on {@code receivedOn} (timeliness
     * is judged on that day) and accepted as received.
     */
    public void receive(LocalDate day, OffsetDateTime at) {
        if (!archived) {
            throw new ConflictProblem("Only an archived edition's report is recorded as received; this one is "
                    + "submitted by its party.");
        }
        if (status != ObligationStatus.NOT_STARTED && status != ObligationStatus.DRAFT) {
            throw new ConflictProblem("The report is " + status.wire() + "; its receipt was recorded already.");
        }
        receivedOn = day;
        firstSubmittedAt = at;
        acceptedAt = at;
        status = ObligationStatus.ACCEPTED;
    }

    /** Whether the report is a provincial unit's summary, the one the statistics and figures concern. */
    public boolean isUnitSummary() {
        return kind == ObligationKind.SUMMARY && divisionCode != null;
    }

    private void requireLive() {
        if (archived) {
            throw new ConflictProblem("This obligation belongs to an archived edition: the national office records "
                    + "the report received (POST /api/v1/reports/{id}/receipt).");
        }
    }

    private void requireUnderReview(String what) {
        if (status != ObligationStatus.SUBMITTED && status != ObligationStatus.RESUBMITTED) {
            throw new ConflictProblem("A report that is " + status.wire() + " cannot be " + what + ".");
        }
    }
}
