package cn.gov.samr.campaigns.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    /** The production defaults: 30 s doubling to 1 h, ±20 %, for 26 hours. */
    private static RetrySchedule defaults(double random) {
        return new RetrySchedule(Duration.ofSeconds(30), 2, Duration.ofHours(1), 0.2, Duration.ofHours(26),
                () -> random);
    }

    @Test
    void waitsGrowExponentiallyUpToTheCap() {
        RetrySchedule s = defaults(0.5); // 0.5 = no jitter
        assertEquals(Duration.ofSeconds(30), s.delay(1));
        assertEquals(Duration.ofSeconds(60), s.delay(2));
        assertEquals(Duration.ofSeconds(120), s.delay(3));
        assertEquals(Duration.ofSeconds(1920), s.delay(7));
        assertEquals(Duration.ofHours(1), s.delay(8));
        assertEquals(Duration.ofHours(1), s.delay(200));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        assertEquals(Duration.ofSeconds(24), defaults(0).delay(1));
        Duration top = defaults(0.99999).delay(1);
        assertTrue(top.compareTo(Duration.ofMillis(35_990)) > 0 && top.compareTo(Duration.ofSeconds(36)) <= 0, top.toString());
        assertEquals(Duration.ofMinutes(48), defaults(0).delay(50));
    }

    @Test
    void retriesGoOnForTheWholeWindowThenGiveUp() {
        RetrySchedule s = defaults(0.5);
        Instant first = Instant.parse("2022-09-20T00:00:00Z");
        Instant now = first;
        int failures = 0;
        Optional<Instant> next;
        while ((next = s.next(first, ++failures, now)).isPresent()) {
            assertTrue(next.get().isAfter(now));
            now = next.get();
        }
        assertEquals(first.plus(Duration.ofHours(26)), now, "the last attempt is on the deadline");
        assertTrue(Duration.between(first, now).compareTo(Duration.ofHours(24)) >= 0, "at least 24 hours");
        // 30 s .. 32 min (7 waits, ~64 min), then hourly to the 26th hour
        assertEquals(33, failures);
    }

    @Test
    void aScheduleThatCannotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, 2, Duration.ofHours(1),
                0.2, Duration.ofHours(26), Math::random));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), 0.5,
                Duration.ofHours(1), 0.2, Duration.ofHours(26), Math::random));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), 2,
                Duration.ofHours(1), 1, Duration.ofHours(26), Math::random));
    }
}
