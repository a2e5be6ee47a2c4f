package cn.gov.samr.campaigns.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/** A provincial unit's duty to report on one campaign by its deadline (报送任务). */
@Entity
public class Obligation {

    @Id
    public UUID id;

    public UUID campaignId;

    /** The provincial unit's division code, e.g. 320000 江苏省. */
    public String divisionCode;
    public String divisionNameZh;
    public String divisionNameEn;

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
        if (!status.editable()) {
            throw new ConflictProblem("The report is " + status.wire() + " and cannot be changed.");
        }
        if (status == ObligationStatus.NOT_STARTED) {
            status = ObligationStatus.DRAFT;
        }
    }

    /** Draft → submitted, returned → resubmitted; the first submission is the one timeliness is judged on. */
    public void submit(OffsetDateTime now) {
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

    private void requireUnderReview(String what) {
        if (status != ObligationStatus.SUBMITTED && status != ObligationStatus.RESUBMITTED) {
            throw new ConflictProblem("A report that is " + status.wire() + " cannot be " + what + ".");
        }
    }
}
