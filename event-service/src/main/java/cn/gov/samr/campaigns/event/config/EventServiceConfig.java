package cn.gov.samr.campaigns.event.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "event-service")
public interface EventServiceConfig {

    Topics topics();

    Divisions divisions();

    interface Divisions {
        /**
         * How often each instance reads the division table again, so that a release loaded through another instance
         * reaches it (the loading instance refreshes at once). {@code DivisionTree}'s schedule reads the same key.
         */
        @WithDefault("10m")
        Duration refreshEvery();

        /** Most rows one release file may hold (an official list has about 3,400 cities and counties). */
        @WithDefault("10000")
        int releaseMaxRows();
    }

    interface Topics {
        /** Campaign lifecycle events: CampaignPublished and later Updated, Closed. */
        String campaigns();

        /** Activity events: ActivityScheduled, Rescheduled, Cancelled, Completed. */
        String activities();
    }
}
