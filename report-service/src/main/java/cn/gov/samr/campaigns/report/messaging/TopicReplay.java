package cn.gov.samr.campaigns.report.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their beginning up to the end offsets they have when the replay starts, with a plain consumer
 * in no group: nothing is committed, and the live channels' group offsets are untouched. Partitions are read one
 * after another, each in offset order, which is the order per aggregate the projectors rely on.
 */
public final class TopicReplay {

    private final String bootstrapServers;

    public TopicReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Hands every record below the starting end offsets to {@code sink}; returns how many. */
    public long replay(String topic, Instant deadline, Consumer<ConsumerRecord<String, String>> sink) {
        long count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            for (TopicPartition partition : partitions) {
                count += replay(consumer, partition, ends.get(partition), deadline, sink);
            }
        }
        return count;
    }

    private static long replay(KafkaConsumer<String, String> consumer, TopicPartition partition, long end,
            Instant deadline, Consumer<ConsumerRecord<String, String>> sink) {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long count = 0;
        while (consumer.position(partition) < end) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("replay of " + partition + " did not reach offset " + end + " in time");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end) {
                    sink.accept(record);
                    count++;
                }
            }
        }
        return count;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "report-service-projection-rebuild");
        return props;
    }
}
