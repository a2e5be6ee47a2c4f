package cn.gov.samr.campaigns.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * Whether a province reported in time (及时性). The deadline is a day in Asia/Shanghai and includes all of it: a
 * submission at 23:59:59 on that day is on time, one at 00:00 the next day is late. Judged on the first submission,
 * as DHIS2 judges timeliness on first completion: a report returned for correction and resubmitted after the
 * deadline was still delivered in time.
 */
public enum Timeliness {
    /** Not submitted, and the deadline has not passed yet. */
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("on-time")
    ON_TIME,
    @JsonProperty("late")
    LATE,
    /** Not submitted, and the deadline has passed. */
    @JsonProperty("missing")
    MISSING;

    public static Timeliness of(LocalDate deadline, OffsetDateTime firstSubmittedAt, Instant now) {
        Instant due = ChinaClock.startOf(deadline.plusDays(1)).toInstant();
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.toInstant().isBefore(due) ? ON_TIME : LATE;
        }
        return now.isBefore(due) ? PENDING : MISSING;
    }
}
