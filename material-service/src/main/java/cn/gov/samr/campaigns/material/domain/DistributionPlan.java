package cn.gov.samr.campaigns.material.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many of each printed material go to each provincial unit for one campaign; one plan per campaign. */
@Entity
public class DistributionPlan {

    @Schema(name = "DistributionPlanStatus")
    public enum Status {
        /** Editable; no shipment exists yet. */
        @JsonProperty("open")
        OPEN,
        /** Fanned out into shipments: locked, the shipments carry the quantities from here on. */
        @JsonProperty("dispatched")
        DISPATCHED
    }

    @Id
    public UUID id;

    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime openedAt;

    /** Every edit sets it, so that the version (the ETag) moves with the plan's lines. */
    public OffsetDateTime updatedAt;

    public OffsetDateTime fannedOutAt;

    @Version
    public long version;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
