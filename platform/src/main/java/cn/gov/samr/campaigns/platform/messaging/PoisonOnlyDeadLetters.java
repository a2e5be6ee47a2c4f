package cn.gov.samr.campaigns.platform.messaging;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The failure strategy of every consuming channel ({@code failure-strategy=poison-dead-letter-queue}): a record that
 * can never succeed ({@link TransientFailures#isTransient} false: a poison message, data PostgreSQL refuses) goes
 * to the channel's dead-letter topic at once, as SmallRye's {@code dead-letter-queue} strategy writes it; any other
 * failure reaching the channel fails it, as the {@code fail} strategy does. Transient failures are retried inside
 * {@link EventInbox#process}, so one arrives here only when the service stops while a retry waits, or from a
 * listener's own code: the record is then not acknowledged, its offset never committed, and it is delivered again
 * after the restart, instead of being dead-lettered and missing for good.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetters.STRATEGY)
public class PoisonOnlyDeadLetters implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "poison-dead-letter-queue";
    private static final Logger LOG = Logger.getLogger(PoisonOnlyDeadLetters.class);

    private final KafkaFailureHandler.Factory deadLetters;
    private final KafkaFailureHandler.Factory fail;
    private final MessagingMetrics metrics;

    public PoisonOnlyDeadLetters(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetters,
            @Identifier("fail") KafkaFailureHandler.Factory fail, MessagingMetrics metrics) {
        this.deadLetters = deadLetters;
        this.fail = fail;
        this.metrics = metrics;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        String channel = config.getChannel();
        KafkaFailureHandler toDeadLetters = deadLetters.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = fail.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {

            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (isPoison(reason)) {
                    return toDeadLetters.handle(record, reason, metadata).invoke(() -> metrics.deadLettered(channel));
                }
                LOG.warnf("%s: %s/%d@%d failed without being poison; the channel stops and the record stays "
                        + "uncommitted for redelivery: %s", channel, record.getTopic(), record.getPartition(),
                        record.getOffset(), reason);
                return stop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetters.terminate();
                stop.terminate();
            }
        };
    }

    /** Whether a failure means the record can never be processed: only these go to the dead-letter topic. */
    static boolean isPoison(Throwable reason) {
        return !TransientFailures.isTransient(reason);
    }
}
