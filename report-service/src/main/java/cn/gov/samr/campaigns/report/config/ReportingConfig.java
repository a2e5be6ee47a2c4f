package cn.gov.samr.campaigns.report.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reporting workflow ({@code report-service.*}). */
@ConfigMapping(prefix = "report-service")
public interface ReportingConfig {

    Topics topics();

    Reminders reminders();

    Attachments attachments();

    interface Attachments {
        /** The largest photo or video accepted, in bytes; larger uploads are refused (413) while streaming. */
        @WithDefault("524288000")
        long maxBytes();
    }

    interface Topics {
        /** ReportSubmitted, Returned, Accepted, DeadlineExtended, DeadlineApproaching, DeadlineMissed. */
        @WithDefault("report.events")
        String reports();
    }

    interface Reminders {
        /** Days before the deadline a DeadlineApproaching goes out, e.g. 7,3,1. */
        @WithDefault("7,3,1")
        List<Integer> daysBefore();

        /** How often the reminder job runs, e.g. {@code 1h}; {@code off} disables it (tests call it directly). */
        @WithDefault("1h")
        String every();

        /**
         * Obligations looked at per transaction: a pass over many (a year of past editions entered at once) is many
         * short transactions, never one that outlives the transaction timeout and is rolled back whole every run.
         */
        @WithDefault("100")
        int batchSize();
    }
}
