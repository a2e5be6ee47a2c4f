package cn.gov.samr.campaigns.platform.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The consumer side's meters, per channel: events waiting for another attempt and failed attempts
 * ({@code messaging.retries.in.progress}, {@code messaging.retries}), records this service dead-lettered
 * ({@code messaging.dead.letters}) and records in a channel's dead-letter topic not yet redriven
 * ({@code messaging.dead.letters.waiting}). Every channel gets its meters at start, at zero, so that an alert rule
 * sees the series before the first failure.
 */
@ApplicationScoped
public class MessagingMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> retrying = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

    public MessagingMetrics(MeterRegistry registry, MessagingChannels channels) {
        this.registry = registry;
        for (MessagingChannels.Channel channel : channels.all()) {
            retrying(channel.name());
            waiting(channel.name());
            registry.counter("messaging.retries", "channel", channel.name());
            registry.counter("messaging.dead.letters", "channel", channel.name());
        }
    }

    /** An attempt failed transiently and will be repeated. */
    public void retried(String channel) {
        registry.counter("messaging.retries", "channel", channel).increment();
    }

    /** An event starts waiting for another attempt: counted until {@link #retryEnded}. */
    public void retryStarted(String channel) {
        retrying(channel).incrementAndGet();
    }

    public void retryEnded(String channel) {
        retrying(channel).decrementAndGet();
    }

    public long retriesInProgress(String channel) {
        return retrying(channel).get();
    }

    public void deadLettered(String channel) {
        registry.counter("messaging.dead.letters", "channel", channel).increment();
    }

    /** The last count of records in the channel's dead-letter topic that no redrive has sent back yet. */
    public void deadLettersWaiting(String channel, long count) {
        waiting(channel).set(count);
    }

    public long deadLettersWaiting(String channel) {
        return waiting(channel).get();
    }

    private AtomicLong retrying(String channel) {
        return retrying.computeIfAbsent(channel, c -> registry.gauge("messaging.retries.in.progress",
                Tags.of("channel", c), new AtomicLong()));
    }

    private AtomicLong waiting(String channel) {
        return waiting.computeIfAbsent(channel, c -> registry.gauge("messaging.dead.letters.waiting",
                Tags.of("channel", c), new AtomicLong()));
    }
}
