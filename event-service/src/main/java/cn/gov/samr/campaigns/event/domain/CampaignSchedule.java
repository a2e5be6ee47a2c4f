package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

/**
 * The dates of a campaign edition and their rules: the window (dates in Asia/Shanghai) does not end before it
 * starts, the provinces' reporting deadline comes after the window, and the launch ceremony falls inside it.
 */
public record CampaignSchedule(LocalDate windowStart, LocalDate windowEnd, LocalDate reportingDeadline,
        LocalDate launchDate) {

    /** Adds a field error for each broken rule; rules whose dates are missing are left to the required checks. */
    public void check(InvalidInputException.Collector errors) {
        if (windowStart == null || windowEnd == null) {
            return;
        }
        errors.check(!windowEnd.isBefore(windowStart), "window.end", "must not be before window.start");
        if (windowEnd.isBefore(windowStart)) {
            return;
        }
        if (reportingDeadline != null) {
            errors.check(reportingDeadline.isAfter(windowEnd), "reportingDeadline",
                    "must be after the window ends (" + windowEnd + ")");
        }
        if (launchDate != null) {
            errors.check(!launchDate.isBefore(windowStart) && !launchDate.isAfter(windowEnd),
                    "launchCeremony.date", "must be inside the window " + windowStart + " to " + windowEnd);
        }
    }
}
