package cn.gov.samr.campaigns.event.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.platform.messaging.Outbox;
import cn.gov.samr.campaigns.platform.messaging.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Several relays on one outbox, as with several replicas: one aggregate's events arrive once each, in order. */
@QuarkusTest
class OutboxOrderingTest {

    private static final String TOPIC = "outbox.ordering.test";
    private static final int EVENTS = 60;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Test
    void competingRelaysKeepOneAggregatesOrder() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                int seq = i;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "Test", aggregate, "Sequenced",
                        Map.of("seq", seq)));
                if (i % 10 == 0) { // relays start while events are still being written
                    IntStream.range(0, 3).forEach(r -> running.add(replicas.submit(relay::relayBatch)));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            replicas.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(aggregate) == 0);

        List<Integer> received = new ArrayList<>();
        new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers()).awaitRecord(TOPIC,
                (ConsumerRecord<String, String> r) -> {
                    if (aggregate.equals(r.key())) {
                        received.add(Integer.parseInt(r.value().replaceAll("\\D", "")));
                    }
                    return received.size() == EVENTS;
                }, Duration.ofSeconds(30));
        assertEquals(IntStream.range(0, EVENTS).boxed().toList(), received);
    }

    private long pending(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and sent_at is null")
                .setParameter(1, aggregate).getSingleResult()).longValue());
    }
}
