package cn.gov.samr.campaigns.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Which failures reach a dead-letter topic, and what a redrive sends back. */
class DeadLetterHandlingTest {

    @Test
    void onlyWhatCanNeverSucceedIsDeadLettered() {
        assertTrue(PoisonOnlyDeadLetters.isPoison(new PoisonMessageException("not a CloudEvent")));
        assertTrue(PoisonOnlyDeadLetters.isPoison(new RuntimeException("commit failed",
                new SQLException("value too long", "22001"))), "data exception");
        assertTrue(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("duplicate", "23505"))));

        assertFalse(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("no table", "42P01"))));
        assertFalse(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("refused", "08001"))));
        assertFalse(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("lock", "55P03"))));
        assertFalse(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("serialization", "40001"))));
        assertFalse(PoisonOnlyDeadLetters.isPoison(new RuntimeException(new SQLException("no state"))));
        assertFalse(PoisonOnlyDeadLetters.isPoison(new IllegalStateException("pool exhausted")));
        CloudEvent event = new CloudEvent("e1", "/event-service", "CampaignPublished", null, "c1", "{}", 2);
        assertFalse(PoisonOnlyDeadLetters.isPoison(new RetryAbandonedException(event, null)),
                "a retry abandoned at shutdown stays uncommitted for redelivery");
    }

    @Test
    void aRedrivenRecordIsTheOriginalWithoutTheFailureHeaders() {
        ConsumerRecord<String, String> letter = new ConsumerRecord<>("report-service.activity-events.dlq", 1, 7,
                "activity-1", "{\"activityId\":\"activity-1\"}");
        add(letter, "ce_id", "e1");
        add(letter, "ce_type", "ActivityCompleted");
        add(letter, "ce_aggregateversion", "4");
        add(letter, "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        add(letter, "dead-letter-reason", "boom");
        add(letter, "dead-letter-topic", "activity.events");
        add(letter, "dead-letter-partition", "2");
        add(letter, "dead-letter-offset", "40");

        ProducerRecord<String, String> back = DeadLetters.restored(letter, "activity.events");

        assertEquals("activity.events", back.topic());
        assertNull(back.partition(), "the key picks the partition, as for the original");
        assertEquals("activity-1", back.key());
        assertEquals("{\"activityId\":\"activity-1\"}", back.value());
        List<String> names = java.util.stream.StreamSupport.stream(back.headers().spliterator(), false)
                .map(Header::key).toList();
        assertEquals(List.of("ce_id", "ce_type", "ce_aggregateversion", "traceparent"), names);
        assertEquals("4", new String(back.headers().lastHeader("ce_aggregateversion").value(), StandardCharsets.UTF_8));
    }

    @Test
    void theChannelsAreReadFromTheMessagingConfiguration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.activity-events.topic", "activity.events",
                "mp.messaging.incoming.activity-events.dead-letter-queue.topic", "report-service.activity-events.dlq",
                "mp.messaging.incoming.other.topic", "other.events",
                "mp.messaging.outgoing.out.topic", "out.events"), "test", 100)).build();

        MessagingChannels channels = new MessagingChannels(config);

        assertEquals(2, channels.all().size());
        assertEquals("report-service.activity-events.dlq", channels.named("activity-events").orElseThrow()
                .deadLetterTopic());
        assertEquals("dead-letter-topic-other", channels.named("other").orElseThrow().deadLetterTopic(),
                "SmallRye's default");
        assertEquals("activity-events", channels.channelOf("activity.events"));
        assertEquals("out.events", channels.channelOf("out.events"), "no channel reads it");
    }

    private static void add(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
