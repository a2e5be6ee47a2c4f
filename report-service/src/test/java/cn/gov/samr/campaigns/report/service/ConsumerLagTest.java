package cn.gov.samr.campaigns.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.platform.messaging.ConsumerLag;
import io.quarkus.test.junit.QuarkusTest;

/** messaging.consumer.lag on the real broker: what a group has not committed, whole partitions never committed. */
@QuarkusTest
class ConsumerLagTest {

    @Inject
    ConsumerLag consumerLag;

    @Test
    void theLagIsWhatTheGroupHasNotCommitted() throws Exception {
        String servers = KafkaBrokerTestResource.broker().bootstrapServers();
        String topic = "lag-test-" + UUID.randomUUID();
        String group = "lag-test-group";
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (Admin kafka = Admin.create(admin)) {
            kafka.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        assertEquals(0, consumerLag.lag(group, topic), "an empty topic");

        KafkaTestClient client = new KafkaTestClient(servers);
        for (int i = 0; i < 5; i++) {
            client.send(topic, "key-" + i, "{}", Map.of());
        }
        assertEquals(5, consumerLag.lag(group, topic), "never committed: every record counts");

        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition p0 = new TopicPartition(topic, 0);
            TopicPartition p1 = new TopicPartition(topic, 1);
            c.assign(List.of(p0, p1));
            c.seekToEnd(List.of(p0));
            long end0 = c.position(p0, Duration.ofSeconds(10));
            c.commitSync(Map.of(p0, new OffsetAndMetadata(end0), p1, new OffsetAndMetadata(0)));
            c.seekToEnd(List.of(p1));
            long end1 = c.position(p1, Duration.ofSeconds(10));
            assertEquals(5, end0 + end1);
            assertEquals(end1, consumerLag.lag(group, topic), "partition 0 done, partition 1 from its start");
        }
    }
}
