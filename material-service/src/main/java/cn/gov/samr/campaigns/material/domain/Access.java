package cn.gov.samr.campaigns.material.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may read a material and download its files: anyone, or government officials only (内部资料). */
public enum Access {
    @JsonProperty("public")
    PUBLIC,
    @JsonProperty("officials")
    OFFICIALS
}
