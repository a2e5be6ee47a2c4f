package cn.gov.samr.campaigns.report;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * The one clock of the tests: the system's unless a test sets "now" (a submission at 23:59 on the deadline day),
 * and back to the system's when it resets. Replaces platform's default ChinaClock bean.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Instant now;

    /** From now on, "now" is this China local time ({@code 2022-10-14T23:59}). */
    public void setChina(String localDateTime) {
        now = OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return ChinaClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }
}
