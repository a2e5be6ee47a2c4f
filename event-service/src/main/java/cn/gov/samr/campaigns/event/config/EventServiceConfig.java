package cn.gov.samr.campaigns.event.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "event-service")
public interface EventServiceConfig {

    Topics topics();

    LaunchCeremonies launchCeremonies();

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
