package cn.gov.samr.campaigns.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the fault test reads of the broker: the dead-letter topics' records, a topic's records whole. */
final class Topics {

    /** The headers SmallRye's dead-letter strategy adds to a record it dead-letters. */
    static final List<String> DEAD_LETTER_HEADERS = List.of("dead-letter-reason", "dead-letter-cause",
            "dead-letter-topic", "dead-letter-partition", "dead-letter-offset", "dead-letter-exception-class-name",
            "dead-letter-cause-class-name");

    private final String bootstrapServers;

    Topics(int port) {
        this.bootstrapServers = "127.0.0.1:" + port;
    }

    /** Records in every {@code *.dlq} topic, per topic (a topic that was never created is not there: 0). */
    Map<String, Long> deadLetters() throws InterruptedException, ExecutionException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> dlqs;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            dlqs = admin.listTopics().names().get().stream().filter(t -> t.endsWith(".dlq")).sorted().toList();
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : dlqs) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                long records = 0;
                for (var end : consumer.endOffsets(partitions).entrySet()) {
                    records += end.getValue() - begin.get(end.getKey());
                }
                counts.put(topic, records);
            }
        }
        return counts;
    }

    /** Every record of the topic, from the beginning to the end offsets of the moment. */
    List<ConsumerRecord<byte[], byte[]>> all(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end in 30 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Records per CloudEvent id, to count what the relay sent more than once. */
    Map<String, Integer> copiesPerEvent(String topic) {
        Map<String, Integer> copies = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : all(topic)) {
            copies.merge(header(record, "ce_id"), 1, Integer::sum);
        }
        return copies;
    }

    ConsumerRecord<byte[], byte[]> first(String topic, Predicate<ConsumerRecord<byte[], byte[]>> match) {
        return all(topic).stream().filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("no such record on " + topic));
    }

    /**
     * Puts a copy of an event's record into a dead-letter topic, as SmallRye would have put it there: key, value and
     * headers kept, the dead-letter headers added. {@code newId} gives the copy another CloudEvent id, so that it is
     * an event the consumer's inbox has not seen: only the version rule can then keep it from applying.
     */
    void deadLetter(ConsumerRecord<byte[], byte[]> original, String deadLetterTopic, String newId)
            throws InterruptedException, ExecutionException {
        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(deadLetterTopic, original.key(), original.value());
        for (Header header : original.headers()) {
            copy.headers().add(header.key(),
                    "ce_id".equals(header.key()) && newId != null ? bytes(newId) : header.value());
        }
        copy.headers().add("dead-letter-reason", bytes("fault test: a stale copy of " + header(original, "ce_id")));
        copy.headers().add("dead-letter-cause", bytes("none: put here by FaultToleranceIT"));
        copy.headers().add("dead-letter-topic", bytes(original.topic()));
        copy.headers().add("dead-letter-partition", bytes("" + original.partition()));
        copy.headers().add("dead-letter-offset", bytes("" + original.offset()));
        copy.headers().add("dead-letter-exception-class-name", bytes(IllegalStateException.class.getName()));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(copy).get();
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
