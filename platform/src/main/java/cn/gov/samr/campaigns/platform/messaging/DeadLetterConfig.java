package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dead-letter topics' watch and redrive ({@code platform.dead-letters.*}). */
@ConfigMapping(prefix = "platform.dead-letters")
public interface DeadLetterConfig {

    /**
     * Whether the service serves {@code /api/v1/admin/dead-letters} (a build-time switch: a service without
     * consuming channels has no dead letters, and its API should not list the operations).
     */
    @WithDefault("false")
    boolean admin();

    /** How often the records waiting in each dead-letter topic are counted for the gauge and readiness. */
    @WithDefault("30s")
    Duration countEvery();

    /** How many of the oldest waiting records the admin listing shows per channel. */
    @WithDefault("5")
    int shown();

    /** How long a count or a redrive waits for the broker before it answers that Kafka is unavailable. */
    @WithDefault("10s")
    Duration kafkaTimeout();
}
