package cn.gov.samr.campaigns.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/** A province's request to report later (延期申请) and the national office's decision; all are kept. */
@Schema(requiredProperties = {
        "id", "obligationId", "requestedDeadline", "reason", "requestedAt", "requestedBy", "status" })
@Entity
public class DeadlineExtension {

    @Schema(name = "DeadlineExtensionStatus")
    public enum Status {
        @JsonProperty("requested")
        REQUESTED,
        @JsonProperty("granted")
        GRANTED,
        @JsonProperty("refused")
        REFUSED
    }

    @Id
    public UUID id;

    public UUID obligationId;
    public LocalDate requestedDeadline;
    public String reason;
    public OffsetDateTime requestedAt;
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    public LocalDate grantedDeadline;
    public String decisionNote;
    public OffsetDateTime decidedAt;
    public String decidedBy;

    public static DeadlineExtension request(UUID obligationId, LocalDate until, String reason, String by,
            OffsetDateTime now) {
        DeadlineExtension e = new DeadlineExtension();
        e.id = UUID.randomUUID();
        e.obligationId = obligationId;
        e.requestedDeadline = until;
        e.reason = reason;
        e.requestedBy = by;
        e.requestedAt = now;
        e.status = Status.REQUESTED;
        return e;
    }

    public void grant(LocalDate until, String note, String by, OffsetDateTime now) {
        decide(Status.GRANTED, note, by, now);
        grantedDeadline = until;
    }

    public void refuse(String note, String by, OffsetDateTime now) {
        decide(Status.REFUSED, note, by, now);
    }

    private void decide(Status decision, String note, String by, OffsetDateTime now) {
        if (status != Status.REQUESTED) {
            throw new ConflictProblem("This extension was already " + status.name().toLowerCase() + ".");
        }
        status = decision;
        decisionNote = note;
        decidedBy = by;
        decidedAt = now;
    }
}
