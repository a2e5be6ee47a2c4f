package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

/**
 * The dates of a campaign edition and their rules: the window (dates in Asia/Shanghai) does not end before it
 * starts, and the provinces' reporting deadline comes after the window. (Launch ceremonies are records of their own,
 * with their own rule: see LaunchCeremonyService.)
 */
public record CampaignSchedule(LocalDate windowStart, LocalDate windowEnd, LocalDate reportingDeadline) {

    /** The last day any date of the suite may fall on (years 2000 to 2100). */
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /**
     * The same schedule a year on, on the same weekdays: the window's start keeps its place in its month (the
     * third Monday of September stays the third Monday of September, a fifth one becomes the last), and every
     * other date moves by the same number of days, so a Monday-to-Friday week stays Monday to Friday and the
     * deadline keeps its distance from the window. Anchoring on the month, not on "a year minus a day", keeps
     * editions from drifting earlier year after year.
     */
    public CampaignSchedule nextYear() {
        // Dates beyond the suite's range (years 2000-2100) are refused before any arithmetic, so nothing can
        // overflow here; and the next edition must still lie inside the range.
        requireWithinRange("");
        long days = ChronoUnit.DAYS.between(windowStart, sameWeekdayNextYear(windowStart));
        CampaignSchedule next = new CampaignSchedule(windowStart.plusDays(days), windowEnd.plusDays(days),
                reportingDeadline == null ? null : reportingDeadline.plusDays(days));
        next.requireWithinRange("The next edition would end after " + LAST_DAY + ". ");
        return next;
    }

    private void requireWithinRange(String why) {
        for (LocalDate date : new LocalDate[] { windowStart, windowEnd, reportingDeadline }) {
            if (date != null && date.isAfter(LAST_DAY)) {
                throw new ConflictProblem(why + "The dates of a campaign lie in the years 2000 to 2100.");
            }
        }
    }

    static LocalDate sameWeekdayNextYear(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        LocalDate month = date.plusYears(1).withDayOfMonth(1);
        LocalDate next = month.with(TemporalAdjusters.dayOfWeekInMonth(nth, date.getDayOfWeek()));
        return next.getMonth() == month.getMonth() ? next
                : month.with(TemporalAdjusters.lastInMonth(date.getDayOfWeek()));
    }

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
    }
}
