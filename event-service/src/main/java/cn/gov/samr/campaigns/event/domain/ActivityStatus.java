package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** planned → published → completed, or cancelled before completion. */
public enum ActivityStatus {
    @JsonProperty("planned")
    PLANNED,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("cancelled")
    CANCELLED
}
