package cn.gov.samr.campaigns.material.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rebuilding the distribution plans from campaign.events ({@code POST /api/v1/projections/rebuild}); the broker and
 * its TLS/SASL settings are the channels' own ({@code kafka.*}).
 */
@ConfigMapping(prefix = "material-service.projections")
public interface ProjectionConfig {

    @WithDefault("campaign.events")
    String campaignTopic();

    /** The longest a rebuild may take: it is one transaction, rolled back whole if it runs out. */
    @WithDefault("PT10M")
    Duration rebuildTimeout();
}
