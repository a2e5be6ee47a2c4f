package cn.gov.samr.campaigns.report.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the national office decided on a submitted version (审核结果). */
public enum ReviewOutcome {
    @JsonProperty("returned")
    RETURNED,
    @JsonProperty("accepted")
    ACCEPTED
}
