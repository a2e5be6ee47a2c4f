package cn.gov.samr.campaigns.material.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The drift check (distribution plans per published campaign, compared with event-service's tallies). Off while no
 * URL is set: the check then reports -1, "not compared".
 */
@ConfigMapping(prefix = "material-service.drift")
public interface DriftConfig {

    /** event-service's base URL, e.g. {@code http://event-service:8081}. */
    Optional<URI> eventServiceUrl();

    /** A bearer token with the {@code monitor} role (a service account of the identity provider). */
    Optional<String> token();

    /**
     * How often the comparison runs: a duration, or {@code off} (the scheduler reads it as
     * {@code material-service.drift.interval}).
     */
    String interval();

    /** How long event-service may take to answer. */
    @WithDefault("10s")
    Duration timeout();
}
