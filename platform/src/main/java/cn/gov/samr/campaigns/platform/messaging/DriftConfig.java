package cn.gov.samr.campaigns.platform.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The drift checks' access to the producer whose events this service projects ({@code platform.drift.*}). Off while
 * no URL is set: the checks then report -1, "not compared".
 */
@ConfigMapping(prefix = "platform.drift")
public interface DriftConfig {

    /** The producer's base URL, e.g. {@code http://event-service:8081}. */
    Optional<URI> producerUrl();

    /** A bearer token with the {@code monitor} role (a service account of the identity provider). */
    Optional<String> token();

    /**
     * How often the comparison runs: a duration, or {@code off} (the scheduler reads it as
     * {@code platform.drift.interval}).
     */
    @WithDefault("1m")
    String interval();

    /** How long the producer may take to answer. */
    @WithDefault("10s")
    Duration timeout();
}
