package cn.gov.samr.campaigns.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

/**
 * @param kind the report owed: the summary or the activity plan
 * @param party who owes it: a provincial unit or a certification body
 * @param division the provincial unit, when the party is one (absent for a certification body)
 * @param deadline the deadline in force (the campaign's, or a granted extension's)
 * @param originalDeadline the deadline as the campaign first set it
 * @param timeliness judged on the first submission (an archived edition: the day received) against the end of the
 *        deadline day in China
 * @param archived a past edition entered afterwards: no reminders; the national office records what was received
 * @param receivedOn the day an archived edition's report was actually received
 */
@Schema(requiredProperties = {
        "id", "campaignId", "kind", "party", "deadline", "originalDeadline", "status", "timeliness", "openedAt",
        "archived" })
public record ObligationView(UUID id, UUID campaignId, ObligationKind kind, Party party, Division division,
        LocalDate deadline, LocalDate originalDeadline, ObligationStatus status, Timeliness timeliness,
        OffsetDateTime openedAt, OffsetDateTime firstSubmittedAt, OffsetDateTime acceptedAt, boolean archived,
        LocalDate receivedOn) {

    @Schema(requiredProperties = { "code", "zh" }, name = "ObligationDivision")
    public record Division(String code, String zh, String en) {
    }

    /**
     * @param code the division code of a provincial unit, or the CNCA approval number of a certification body
     * @param zh the party's name; a certification body's may be absent until the reference data names it
     */
    @Schema(requiredProperties = { "type", "code" }, name = "ObligationParty")
    public record Party(PartyType type, String code, String zh, String en) {
    }

    public enum PartyType {
        @JsonProperty("provincial-unit")
        PROVINCIAL_UNIT,
        @JsonProperty("certification-body")
        CERTIFICATION_BODY
    }

    static ObligationView of(Obligation o, Instant now) {
        Division division = o.divisionCode == null ? null
                : new Division(o.divisionCode, o.divisionNameZh, o.divisionNameEn);
        Party party = o.divisionCode != null
                ? new Party(PartyType.PROVINCIAL_UNIT, o.divisionCode, o.divisionNameZh, o.divisionNameEn)
                : new Party(PartyType.CERTIFICATION_BODY, o.bodyId, o.bodyName, null);
        return new ObligationView(o.id, o.campaignId, o.kind, party, division, o.deadline, o.originalDeadline,
                o.status, o.timeliness(now), o.openedAt, o.firstSubmittedAt, o.acceptedAt, o.archived, o.receivedOn);
    }
}
