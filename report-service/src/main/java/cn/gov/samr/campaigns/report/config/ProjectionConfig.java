package cn.gov.samr.campaigns.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * Which topics the projections are replayed from when they are rebuilt; the broker and its TLS/SASL settings are the
 * channels' own ({@code kafka.*}).
 */
@ConfigMapping(prefix = "report-service.projections")
public interface ProjectionConfig {

    String activityTopic();

    String materialTopic();

    /** Replayed into the obligations' deadlines and missing obligations; never deletes any. */
    String campaignTopic();

    /** The longest a rebuild may take: it is one transaction, rolled back whole if it runs out. */
    Duration rebuildTimeout();
}
