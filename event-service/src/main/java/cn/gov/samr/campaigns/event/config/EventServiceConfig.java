package cn.gov.samr.campaigns.event.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "event-service")
public interface EventServiceConfig {

    Topics topics();

    interface Topics {
        /** Campaign lifecycle events: CampaignPublished and later Updated, Closed. */
        String campaigns();

        /** Activity events: ActivityScheduled, Rescheduled, Cancelled, Completed. */
        String activities();
    }
}
