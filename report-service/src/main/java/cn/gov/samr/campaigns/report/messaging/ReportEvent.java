package cn.gov.samr.campaigns.report.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

/**
 * The one body of every report.events event (docs/events.md): the obligation as it now is, plus the step's own
 * fields, absent when they do not apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEvent(UUID obligationId, UUID campaignId, ObligationKind kind, String provincialUnit,
        String certificationBody, LocalDate deadline, ObligationStatus status, Timeliness timeliness,
        OffsetDateTime occurredAt, Integer version, String comments, LocalDate previousDeadline, LocalDate newDeadline,
        String reason, Integer daysLeft) {

    /** The party is the provincial unit or, for a certification body's obligation, the body (approval number). */
    static ReportEvent of(Obligation o, Timeliness timeliness, OffsetDateTime now) {
        return new ReportEvent(o.id, o.campaignId, o.kind, o.divisionCode, o.bodyId, o.deadline, o.status, timeliness,
                now, null, null, null, null, null, null);
    }

    ReportEvent withVersion(int number, String reviewComments) {
        return new ReportEvent(obligationId, campaignId, kind, provincialUnit, certificationBody, deadline, status,
                timeliness, occurredAt, number, reviewComments, null, null, null, null);
    }

    ReportEvent withExtension(LocalDate previous, String why) {
        return new ReportEvent(obligationId, campaignId, kind, provincialUnit, certificationBody, deadline, status,
                timeliness, occurredAt, null, null, previous, deadline, why, null);
    }

    ReportEvent withDaysLeft(int days) {
        return new ReportEvent(obligationId, campaignId, kind, provincialUnit, certificationBody, deadline, status,
                timeliness, occurredAt, null, null, null, null, null, days);
    }
}
