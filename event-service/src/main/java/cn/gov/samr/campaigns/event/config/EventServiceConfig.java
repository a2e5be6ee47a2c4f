package cn.gov.samr.campaigns.event.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "event-service")
public interface EventServiceConfig {

    Topics topics();

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
}
