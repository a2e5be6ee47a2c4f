package cn.gov.samr.campaigns.event.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "event-service")
public interface EventServiceConfig {

    Topics topics();

    /** Bulk scheduling from a spreadsheet ({@code event-service.import.*}). */
    @WithName("import")
    Import bulkImport();

    interface Import {
        /** Data rows of one file: a province's cities for a week are a few hundred; more is split into files. */
        @WithDefault("2000")
        int maxRows();

        /**
         * The largest file (413 beyond). 2,000 rows of CSV are under 2 MB; the HTTP layer's own limit
         * (quarkus.http.limits.max-body-size, 10 MB by default) refuses a larger declared length before it is read.
         */
        @WithDefault("10M")
        MemorySize maxBytes();
    }
    LaunchCeremonies launchCeremonies();

    Notices notices();

    interface Notices {
        /** The largest signed file (PDF or OFD) of a notice; the HTTP body limit must be at least as large. */
        @WithDefault("50M")
        MemorySize maxFileSize();
    }

    interface Topics {
        /** Campaign lifecycle events: CampaignPublished and later Updated, Closed. */
        String campaigns();

        /** Activity events: ActivityScheduled, Rescheduled, Cancelled, Completed. */
        String activities();
    }

    interface LaunchCeremonies {
        /**
         * How many days before a campaign's window starts its launch ceremony may be held: national launches are
         * sometimes held days before the week begins (the campaign's window still bounds it at the end).
         */
        @WithDefault("30")
        int maxDaysBeforeWindow();
    }
}
