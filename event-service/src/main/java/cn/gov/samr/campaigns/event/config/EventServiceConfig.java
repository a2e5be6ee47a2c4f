package cn.gov.samr.campaigns.event.config;

import java.time.Duration;

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

    LaunchCeremonies launchCeremonies();

    Notices notices();

    Activities activities();

    /** Where material-service serves its public files: the public campaign page links to them. */
    MaterialService materialService();

    Divisions divisions();

    interface Topics {
        /** Campaign lifecycle events: CampaignPublished and later Updated, Closed. */
        String campaigns();

        /** Activity events: ActivityScheduled, Rescheduled, Cancelled, Completed. */
        String activities();
    }

    interface Import {
        /** Data rows of one file: a province's cities for a week are a few hundred; more is split into files. */
        @WithDefault("2000")
        int maxRows();

        /**
         * The largest file (413 beyond). 2,000 rows of CSV are under 2 MB; a larger declared length is refused before
         * it is read.
         */
        @WithDefault("10M")
        MemorySize maxBytes();
    }

    interface LaunchCeremonies {
        /**
         * How many days before a campaign's window starts its launch ceremony may be held: national launches are
         * sometimes held days before the week begins (the campaign's window still bounds it at the end).
         */
        @WithDefault("30")
        int maxDaysBeforeWindow();
    }

    interface Notices {
        /** The largest signed file (PDF or OFD) of a notice; the HTTP body limit must be at least as large. */
        @WithDefault("50M")
        MemorySize maxFileSize();
    }

    interface Activities {
        /** The largest image (photo or poster) of an activity; a phone photo is a few MB. */
        @WithDefault("10M")
        MemorySize maxImageSize();
    }

    interface MaterialService {
        /**
         * The base URL the public reaches material-service at, e.g. https://materials.example.gov.cn; download links
         * are this plus /api/v1/materials/{id}/file.
         */
        @WithDefault("http://localhost:8082")
        String publicUrl();
    }

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
}
