package cn.gov.samr.campaigns.material.config;

import java.time.Duration;
import java.time.Period;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of material-service ({@code material-service.*}). */
@ConfigMapping(prefix = "material-service")
public interface MaterialServiceConfig {

    Topics topics();

    Files files();

    Downloads downloads();

    Shipments shipments();

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

        /**
         * A caller's repeated downloads of one file version within this long count once: a reload, a retry or a
         * download manager's several connections are one download, and a script cannot inflate the count.
         */
        @WithDefault("10m")
        Duration window();

        /**
         * A range from byte 0 shorter than this, and not reaching the file's end, is a probe (a client asking for
         * the size or whether ranges work, e.g. {@code bytes=0-0}), not the start of a transfer: not counted.
         */
        @WithDefault("64K")
        MemorySize probeBytes();
    }

    interface Shipments {
        /**
         * How long after the expected delivery day a shipment that nobody confirmed still counts as on time, e.g.
         * {@code P3D}: the post is often a day or two late, and a bureau confirms on its next working day.
         */
        @WithDefault("P3D")
        Period overdueGrace();
    }
}
