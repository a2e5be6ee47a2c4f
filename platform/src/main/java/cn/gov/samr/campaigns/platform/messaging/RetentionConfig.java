package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the outbox and the inbox keep their rows ({@code platform.retention.*}). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    /** How often the purge runs (the scheduler reads it as {@code platform.retention.interval}). */
    @WithDefault("1h")
    Duration interval();

    /** How long a published outbox row is kept after Kafka acknowledged it, for inspection; the topic has it. */
    @WithDefault("P7D")
    Duration sentEvents();

    /**
     * How long a consumer remembers an event id. Unset (the default) keeps them: the event topics are kept forever
     * so that projections can be replayed, and a consumer group reset to the earliest offset must still find every
     * id it applied, or it would apply old events twice. Set it only together with a topic retention shorter than
     * this.
     */
    Optional<Duration> processedEvents();

    /** Rows deleted per statement, so that a purge never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
