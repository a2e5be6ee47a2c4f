package cn.gov.samr.campaigns.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The clock every service reads time from; campaign windows and deadlines are days in China's time zone. */
public class ChinaClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The first instant of a day in China; null for no day (an open end of a range). */
    public static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
