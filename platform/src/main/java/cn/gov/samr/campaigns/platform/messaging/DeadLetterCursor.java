package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A dead-letter topic seen from its redrive consumer group: from the group's committed position (or the beginning)
 * to the end of each partition as it was when the cursor was opened. Records dead-lettered later are left for the
 * next cursor, so a redrive ends, and commits exactly what it read.
 */
final class DeadLetterCursor {

    private final KafkaConsumer<String, String> consumer;
    private final Duration timeout;
    private final Map<TopicPartition, Long> starts;
    private final Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();

    /** @param consumer a consumer of the topic's redrive group, not yet assigned; the caller closes it */
    DeadLetterCursor(KafkaConsumer<String, String> consumer, String topic, Duration timeout) {
        this.consumer = consumer;
        this.timeout = timeout;
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        starts = new HashMap<>(consumer.beginningOffsets(partitions, timeout));
        consumer.committed(Set.copyOf(partitions), timeout).forEach((partition, committed) -> {
            if (committed != null && committed.offset() > starts.get(partition)) {
                starts.put(partition, committed.offset());
            }
        });
        consumer.endOffsets(partitions, timeout).forEach((p, end) -> ends.put(p, new OffsetAndMetadata(end)));
    }

    /** How many records lie between the group's position and the captured end. */
    long waiting() {
        return starts.entrySet().stream().mapToLong(e -> ends.get(e.getKey()).offset() - e.getValue()).sum();
    }

    /** Reads each partition in offset order up to the captured end, while {@code each} says go on. */
    void forEach(Predicate<ConsumerRecord<String, String>> each) {
        List<TopicPartition> open = new ArrayList<>(starts.keySet().stream()
                .filter(p -> starts.get(p) < ends.get(p).offset()).toList());
        if (open.isEmpty()) {
            return;
        }
        consumer.assign(open);
        open.forEach(p -> consumer.seek(p, starts.get(p)));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("dead letters not read within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (!open.contains(partition) || record.offset() >= ends.get(partition).offset()) {
                    continue;
                }
                if (!each.test(record)) {
                    return;
                }
                deadline = System.nanoTime() + timeout.toNanos();
            }
            open.removeIf(p -> consumer.position(p) >= ends.get(p).offset());
        }
    }

    /** Moves the group to the captured end: what this cursor covered is not read again. */
    void commit() {
        consumer.commitSync(ends, timeout);
    }
}
