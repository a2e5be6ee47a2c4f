import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka's own end-to-end latency on a broker, the loop of Kafka's EndToEndLatency tool (org.apache.kafka.tools,
 * in the kafka-tools artifact, which the project's Maven repository does not hold): one record at a time, sent
 * with acks=all and waited for, then polled by a consumer assigned to the partition; the latency runs from the
 * send to the poll that returns it. The topic (one partition) is created if missing. Prints "p50 p99 max" in ms.
 *   java -cp 'kafka-clients.jar:…' KafkaEndToEnd.java BOOTSTRAP TOPIC COUNT RECORD_BYTES
 */
public class KafkaEndToEnd {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0], topic = args[1];
        int count = Integer.parseInt(args[2]);
        byte[] value = new byte[Integer.parseInt(args[3])];
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", "0");
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("enable.auto.commit", "false");
        c.put("fetch.max.wait.ms", "0"); // as EndToEndLatency: answer at once, never wait for more data
        double[] millis = new double[count];
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(Set.of(partition));
            consumer.seekToEnd(Set.of(partition));
            consumer.position(partition);
            for (int i = 0; i < count; i++) {
                long begin = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, value)).get();
                int received = 0;
                while (received == 0) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(5000));
                    received = records.count();
                    if (received == 0 && System.nanoTime() - begin > 30_000_000_000L) {
                        throw new IllegalStateException("record " + i + " not consumed after 30 s");
                    }
                }
                millis[i] = (System.nanoTime() - begin) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("%.1f %.1f %.1f%n", millis[(int) (count * 0.50)], millis[Math.min(count - 1, (int) (count * 0.99))],
                millis[count - 1]);
    }
}
