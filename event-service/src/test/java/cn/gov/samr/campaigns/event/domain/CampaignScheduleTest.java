package cn.gov.samr.campaigns.event.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

class CampaignScheduleTest {

    private static final LocalDate SEP_19 = LocalDate.of(2022, 9, 19);
    private static final LocalDate SEP_23 = LocalDate.of(2022, 9, 23);

    @Test
    void theOrganicWeekOf2022IsValid() {
        assertDoesNotThrow(() -> check(new CampaignSchedule(SEP_19, SEP_23, LocalDate.of(2022, 10, 14))));
    }

    @Test
    void aOneDayCampaignIsValid() { // World Accreditation Day
        LocalDate june9 = LocalDate.of(2023, 6, 9);
        assertDoesNotThrow(() -> check(new CampaignSchedule(june9, june9, june9.plusDays(30))));
    }

    @Test
    void theDeadlineMayNotBeTheLastDayOfTheWindow() {
        assertEquals(List.of("reportingDeadline"), fields(new CampaignSchedule(SEP_19, SEP_23, SEP_23)));
    }

    @Test
    void aReversedWindowIsReportedAloneNotAsThreeErrors() {
        assertEquals(List.of("window.end"), fields(new CampaignSchedule(SEP_23, SEP_19, SEP_19)));
    }

    @Test
    void nextYearKeepsTheWeekdaysOfEveryDate() {
        CampaignSchedule next = new CampaignSchedule(SEP_19, SEP_23, LocalDate.of(2022, 10, 14)).nextYear();
        assertEquals(new CampaignSchedule(LocalDate.of(2023, 9, 18), LocalDate.of(2023, 9, 22),
                LocalDate.of(2023, 10, 13)), next);
    }

    @Test
    void editionsDoNotDriftOverTheYears() {
        LocalDate start = SEP_19; // the third Monday of September 2022
        for (int i = 0; i < 30; i++) {
            start = new CampaignSchedule(start, start, start.plusDays(1)).nextYear().windowStart();
            assertEquals(java.time.DayOfWeek.MONDAY, start.getDayOfWeek(), start.toString());
            assertEquals(java.time.Month.SEPTEMBER, start.getMonth(), start.toString());
            assertTrue(start.getDayOfMonth() >= 15 && start.getDayOfMonth() <= 21, start + " is not a third Monday");
        }
    }

    @Test
    void aFifthWeekdayBecomesTheLastOne() {
        LocalDate fifthFriday = LocalDate.of(2022, 9, 30); // 2023 has only four Fridays after the 1st... the last is the 29th
        assertEquals(LocalDate.of(2023, 9, 29), CampaignSchedule.sameWeekdayNextYear(fifthFriday));
    }

    private static void check(CampaignSchedule schedule) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        schedule.check(errors);
        errors.throwIfAny();
    }

    /** The roll-over's arithmetic never runs on dates past 2100 (LocalDate.MAX would overflow), nor produces them. */
    @Test
    void theNextYearStaysInsideTheSuitesDates() {
        LocalDate sep2100 = LocalDate.of(2100, 9, 20);
        ConflictProblem late = assertThrows(ConflictProblem.class,
                () -> new CampaignSchedule(sep2100, sep2100.plusDays(4), sep2100.plusDays(25)).nextYear());
        assertTrue(late.getMessage().contains("after 2100-12-31"), late.getMessage());
        assertThrows(ConflictProblem.class,
                () -> new CampaignSchedule(SEP_19, SEP_23, LocalDate.MAX).nextYear());
        assertEquals(2100, new CampaignSchedule(LocalDate.of(2099, 9, 20), LocalDate.of(2099, 9, 24),
                LocalDate.of(2099, 10, 14)).nextYear().windowStart().getYear());
    }

    private static List<String> fields(CampaignSchedule schedule) {
        return assertThrows(InvalidInputException.class, () -> check(schedule)).errors().stream()
                .map(e -> e.field()).toList();
    }
}
