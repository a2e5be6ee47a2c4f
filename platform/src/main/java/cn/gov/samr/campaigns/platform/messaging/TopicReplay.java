package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * Reads a topic from its beginning up to the end offsets it has when the replay starts, for a projection rebuild,
 * with a plain consumer in no group: nothing is committed, and the live channels' group offsets are untouched.
 * The consumer gets every {@code kafka.*} setting the channels get (servers, TLS, SASL), so a replay reaches the
 * cluster wherever the live consumers do.
 *
 * <p>All partitions are read together and their records interleave in no particular order: a replayed event must
 * therefore be applied by its aggregate version ({@link CloudEvent#aggregateVersion()}), never by its position, so
 * that a stale copy in another partition cannot win over a newer event.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> kafkaConfig;
    private final String clientId;

    /** @param kafkaConfig every {@code kafka.*} setting, as the messaging channels get them */
    public TopicReplay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.kafkaConfig = kafkaConfig;
        this.clientId = application + "-projection-rebuild";
    }

    /** Hands every record below the starting end offsets of every partition to {@code sink}; returns how many. */
    public long replay(String topic, Instant deadline, Consumer<ConsumerRecord<String, String>> sink) {
        long count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            for (PartitionInfo p : infos == null ? List.<PartitionInfo>of() : infos) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            if (partitions.isEmpty()) {
                return 0; // the topic does not exist yet: nothing was ever published on it
            }
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, METADATA_TIMEOUT));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!reachedEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("replay of " + topic + " did not reach offsets " + ends
                            + " in time");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        sink.accept(record);
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Properties properties() {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) { // the shared map also holds producer settings
                props.put(key, value);
            }
        });
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        // the deserializers are passed as instances; a class named in the shared map would clash with them
        props.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        props.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return props;
    }
}
