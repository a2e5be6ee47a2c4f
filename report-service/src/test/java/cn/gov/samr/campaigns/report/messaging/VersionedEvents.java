package cn.gov.samr.campaigns.report.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;

/**
 * Events as the outbox relay writes them since events carry their aggregate's version ({@code ce_aggregateversion}),
 * optionally put on a chosen partition: a copy that lands in another partition than its aggregate's, as a redrive by
 * hand or a repartitioned topic may leave one.
 */
public final class VersionedEvents {

    private VersionedEvents() {
    }

    /** Sends one CloudEvent of the given version; {@code partition} null to partition by key. Returns the id. */
    public static String send(String topic, Integer partition, String key, String eventId, String type, long version,
            String json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, json);
            Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/test", "ce_type", type, "ce_time",
                    Instant.now().toString(), "ce_subject", key, "ce_aggregateversion", Long.toString(version),
                    "content-type", "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
        return eventId;
    }

    /** An activity event of the given version, keyed by the activity, on {@code activity.events}. */
    public static String activity(String type, ActivityEvents.Activity activity, String eventId, long version) {
        return send(ActivityEvents.TOPIC, null, activity.id().toString(), eventId, type, version, activity.json());
    }

    /** An activity event of the given version on a chosen topic and partition. */
    public static String activity(String topic, int partition, String type, ActivityEvents.Activity activity,
            String eventId, long version) {
        return send(topic, partition, activity.id().toString(), eventId, type, version, activity.json());
    }

    /** Creates the topic with that many partitions unless it exists. */
    public static void createTopic(String topic, int partitions) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
