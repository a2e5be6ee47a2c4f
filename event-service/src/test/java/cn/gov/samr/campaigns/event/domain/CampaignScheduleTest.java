package cn.gov.samr.campaigns.event.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

class CampaignScheduleTest {

    private static final LocalDate SEP_19 = LocalDate.of(2022, 9, 19);
    private static final LocalDate SEP_23 = LocalDate.of(2022, 9, 23);

    @Test
    void theOrganicWeekOf2022IsValid() {
        assertDoesNotThrow(() -> check(new CampaignSchedule(SEP_19, SEP_23, LocalDate.of(2022, 10, 14), SEP_19)));
    }

    @Test
    void aOneDayCampaignIsValid() { // World Accreditation Day
        LocalDate june9 = LocalDate.of(2023, 6, 9);
        assertDoesNotThrow(() -> check(new CampaignSchedule(june9, june9, june9.plusDays(30), june9)));
    }

    @Test
    void theDeadlineMayNotBeTheLastDayOfTheWindow() {
        assertEquals(List.of("reportingDeadline"), fields(new CampaignSchedule(SEP_19, SEP_23, SEP_23, null)));
    }

    @Test
    void theLaunchCeremonyMustFallInsideTheWindow() {
        assertEquals(List.of("launchCeremony.date"),
                fields(new CampaignSchedule(SEP_19, SEP_23, LocalDate.of(2022, 10, 14), SEP_19.minusDays(1))));
    }

    @Test
    void aReversedWindowIsReportedAloneNotAsThreeErrors() {
        assertEquals(List.of("window.end"), fields(new CampaignSchedule(SEP_23, SEP_19, SEP_19, SEP_23)));
    }

    private static void check(CampaignSchedule schedule) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        schedule.check(errors);
        errors.throwIfAny();
    }

    private static List<String> fields(CampaignSchedule schedule) {
        return assertThrows(InvalidInputException.class, () -> check(schedule)).errors().stream()
                .map(e -> e.field()).toList();
    }
}
