package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActivityFormat {
    @JsonProperty("offline")
    OFFLINE,
    @JsonProperty("online")
    ONLINE,
    @JsonProperty("hybrid")
    HYBRID
}
