package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an edition's reports are still to come, or it is a past edition recorded afterwards. */
public enum ReportingMode {
    /** Reports are due: reminders before the deadlines, DeadlineMissed after them. */
    @JsonProperty("live")
    LIVE,
    /**
     * A past edition entered after the fact: the reports actually received are recorded with their real dates, and
     * no reminder or DeadlineMissed is ever sent.
     */
    @JsonProperty("archive")
    ARCHIVE
}
