package cn.gov.samr.campaigns.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/**
 * The channel's dead-letter handler (and the Kafka producer SmallRye opens with it) is made at the first poison
 * record, not when the channel starts; it is made once, and only what was made is terminated. The handlers stand in
 * for SmallRye's factories: what they would send to Kafka is the dead-letter tests' business (DeadLetterTest in the
 * services, against the real broker).
 */
class PoisonOnlyDeadLettersTest {

    static class Counting implements KafkaFailureHandler.Factory {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger terminated = new AtomicInteger();

        @Override
        public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, io.vertx.mutiny.core.Vertx vertx,
                io.smallrye.reactive.messaging.kafka.KafkaConsumer<?, ?> consumer,
                java.util.function.BiConsumer<Throwable, Boolean> reportFailure) {
            created.incrementAndGet();
            return new KafkaFailureHandler() {
                @Override
                public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                    handled.incrementAndGet();
                    return Uni.createFrom().voidItem();
                }

                @Override
                public void terminate() {
                    terminated.incrementAndGet();
                }
            };
        }
    }

    private final SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
            "mp.messaging.incoming.activity-events.connector", "smallrye-kafka",
            "mp.messaging.incoming.activity-events.topic", "activity.events",
            // the channel's own view, as the connector hands it to a failure strategy
            "channel-name", "activity-events",
            "topic", "activity.events",
            "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"), "test", 100)).build();
    private final Counting deadLetters = new Counting();
    private final Counting fail = new Counting();
    private final PoisonOnlyDeadLetters strategy = new PoisonOnlyDeadLetters(deadLetters, fail,
            new MessagingMetrics(new SimpleMeterRegistry(), new MessagingChannels(config)));

    private KafkaFailureHandler handler() {
        return strategy.create(new KafkaConnectorIncomingConfiguration(config), null, null, (e, b) -> {
        });
    }

    @Test
    void noDeadLetterHandlerUntilAPoisonRecord() {
        KafkaFailureHandler handler = handler();
        assertEquals(0, deadLetters.created.get());
        handler.handle(null, new PoisonMessageException("not JSON"), Metadata.empty()).await().indefinitely();
        handler.handle(null, new PoisonMessageException("no id"), Metadata.empty()).await().indefinitely();
        assertEquals(1, deadLetters.created.get());
        assertEquals(2, deadLetters.handled.get());
        assertEquals(0, fail.handled.get());
        handler.terminate();
        assertEquals(1, deadLetters.terminated.get());
        assertEquals(1, fail.terminated.get());
    }

    @Test
    void aChannelWithoutPoisonNeverOpensOne() {
        KafkaFailureHandler handler = handler();
        handler.terminate();
        assertEquals(0, deadLetters.created.get());
        assertEquals(0, deadLetters.terminated.get());
        assertEquals(1, fail.terminated.get());
    }
}
