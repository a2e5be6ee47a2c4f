package cn.gov.samr.campaigns.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 10, 15);

    private static OffsetDateTime china(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00");
    }

    @Test
    void aSubmissionAt2359OnTheDeadlineDayIsOnTime() {
        assertEquals(Timeliness.ON_TIME, Timeliness.of(DEADLINE, china("2022-10-15T23:59:00"), Instant.now()));
    }

    @Test
    void aSubmissionAt0001TheDayAfterIsLate() {
        assertEquals(Timeliness.LATE, Timeliness.of(DEADLINE, china("2022-10-16T00:01:00"), Instant.now()));
    }

    @Test
    void midnightBelongsToTheNextDay() {
        assertEquals(Timeliness.LATE, Timeliness.of(DEADLINE, china("2022-10-16T00:00:00"), Instant.now()));
    }

    @Test
    void theDeadlineDayIsChinasNotUtcs() {
        // 16:30 UTC on the 15th is 00:30 on the 16th in Beijing
        assertEquals(Timeliness.LATE,
                Timeliness.of(DEADLINE, OffsetDateTime.parse("2022-10-15T16:30:00Z"), Instant.now()));
    }

    @Test
    void nothingSubmittedIsPendingUntilTheDayEndsThenMissing() {
        assertEquals(Timeliness.PENDING, Timeliness.of(DEADLINE, null, china("2022-10-15T23:59:00").toInstant()));
        assertEquals(Timeliness.MISSING, Timeliness.of(DEADLINE, null, china("2022-10-16T00:01:00").toInstant()));
    }

    @Test
    void anExtendedDeadlineMovesTheLine() {
        LocalDate extended = DEADLINE.plusDays(7);
        assertEquals(Timeliness.ON_TIME, Timeliness.of(extended, china("2022-10-20T10:00:00"), Instant.now()));
    }
}
