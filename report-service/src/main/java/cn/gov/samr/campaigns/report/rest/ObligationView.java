package cn.gov.samr.campaigns.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

/**
 * @param deadline the deadline in force (the campaign's, or a granted extension's)
 * @param originalDeadline the deadline as the campaign first set it
 * @param timeliness judged on the first submission against the end of the deadline day in China
 */
@Schema(requiredProperties = {
        "id", "campaignId", "division", "deadline", "originalDeadline", "status", "timeliness", "openedAt" })
public record ObligationView(UUID id, UUID campaignId, Division division, LocalDate deadline,
        LocalDate originalDeadline, ObligationStatus status, Timeliness timeliness, OffsetDateTime openedAt,
        OffsetDateTime firstSubmittedAt, OffsetDateTime acceptedAt) {

    @Schema(requiredProperties = { "code", "zh" }, name = "ObligationDivision")
    public record Division(String code, String zh, String en) {
    }

    static ObligationView of(Obligation o, Instant now) {
        return new ObligationView(o.id, o.campaignId, new Division(o.divisionCode, o.divisionNameZh, o.divisionNameEn),
                o.deadline, o.originalDeadline, o.status, o.timeliness(now), o.openedAt, o.firstSubmittedAt,
                o.acceptedAt);
    }
}
