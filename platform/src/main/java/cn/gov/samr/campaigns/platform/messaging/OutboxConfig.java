package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox and its relay ({@code platform.outbox.*}). */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service emits, e.g. {@code /event-service}. */
    String source();

    /** How often the relay looks for pending events (the scheduler reads it as {@code platform.outbox.poll-interval}). */
    Duration pollInterval();

    /** How many pending events one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long Kafka may take to acknowledge a record before the relay gives up and retries on its next pass. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** Extra Kafka producer properties; acks=all and idempotence are fixed and cannot be overridden. */
    Map<String, String> producer();
}
