package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Public activities appear on the consumers' calendar; internal ones only to officials. */
public enum Visibility {
    @JsonProperty("public")
    PUBLIC,
    @JsonProperty("internal")
    INTERNAL
}
