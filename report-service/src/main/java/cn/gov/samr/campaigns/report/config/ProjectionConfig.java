package cn.gov.samr.campaigns.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Where the projections' events are replayed from when they are rebuilt. */
@ConfigMapping(prefix = "report-service.projections")
public interface ProjectionConfig {

    /** The broker the live channels read from. */
    String bootstrapServers();

    String activityTopic();

    String materialTopic();

    /** The longest a rebuild may take: it is one transaction, rolled back whole if it runs out. */
    Duration rebuildTimeout();
}
