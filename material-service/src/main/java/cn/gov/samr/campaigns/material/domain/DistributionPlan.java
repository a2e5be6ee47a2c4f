package cn.gov.samr.campaigns.material.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many of each printed material go to each provincial unit for one campaign; one plan per campaign. */
@Entity
public class DistributionPlan {

    public enum Status {
        /** Editable; nothing dispatched yet. */
        @JsonProperty("open")
        OPEN,
        @JsonProperty("dispatched")
        DISPATCHED
    }

    @Id
    public UUID id;

    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime openedAt;

    @Version
    public long version;
}
