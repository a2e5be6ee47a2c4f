package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an activity reaches people: 进农户, 进商超, 进社区, enterprises, schools. */
public enum ActivitySetting {
    @JsonProperty("farms")
    FARMS,
    @JsonProperty("supermarkets")
    SUPERMARKETS,
    @JsonProperty("communities")
    COMMUNITIES,
    @JsonProperty("enterprises")
    ENTERPRISES,
    @JsonProperty("schools")
    SCHOOLS
}
