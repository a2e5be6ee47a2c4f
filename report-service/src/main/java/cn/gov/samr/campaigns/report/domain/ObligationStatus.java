package cn.gov.samr.campaigns.report.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** not started → draft → submitted → returned → resubmitted → accepted. */
public enum ObligationStatus {
    @JsonProperty("not-started")
    NOT_STARTED,
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("submitted")
    SUBMITTED,
    @JsonProperty("returned")
    RETURNED,
    @JsonProperty("resubmitted")
    RESUBMITTED,
    @JsonProperty("accepted")
    ACCEPTED
}
