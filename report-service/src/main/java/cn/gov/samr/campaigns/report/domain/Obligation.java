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

    @Version
    public long version;

    public Timeliness timeliness(Instant now) {
        return Timeliness.of(deadline, firstSubmittedAt, now);
    }
}
