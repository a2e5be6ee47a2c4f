package cn.gov.samr.campaigns.material.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** draft → published → withdrawn; only the national office sees drafts and withdrawn materials. */
public enum MaterialStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("withdrawn")
    WITHDRAWN
}
