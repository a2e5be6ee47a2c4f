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
    ACCEPTED;

    /** The province may change its report: before the first submission, and after a return. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** The name as the API writes it, for messages. */
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
