package cn.gov.samr.campaigns.material.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "material-service")
public interface MaterialServiceConfig {

    Topics topics();

    Files files();

    Downloads downloads();

    interface Topics {
        /** MaterialPublished, MaterialVersionPublished, MaterialUpdateAvailable, MaterialDownloaded, shipments. */
        @WithDefault("material.events")
        String materials();
    }

    interface Files {
        /** The largest file a material version may have, in bytes (annual reports and videos run to gigabytes). */
        @WithDefault("5368709120")
        long maxBytes();
    }

    interface Downloads {
        /**
         * How often counted downloads are sent as MaterialDownloaded deltas (the scheduler reads it as
         * {@code material-service.downloads.report-interval}).
         */
        @WithDefault("5m")
        Duration reportInterval();
    }
}
