package cn.gov.samr.campaigns.event.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.platform.messaging.Outbox;
import cn.gov.samr.campaigns.platform.messaging.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A committed event leaves at once: the commit wakes the relay. With the scheduled poll an hour apart (so it never
 * fires during the test), the events still reach Kafka, in order, and their rows are marked sent; without the
 * wake-up they would sit in the outbox for that hour and the wait below would fail.
 */
@QuarkusTest
@TestProfile(NoPollingProfile.class)
class OutboxWakeUpTest {

    private static final String TOPIC = "campaign.events";
    private static final String WAKEUP_TOPIC = "outbox.wakeup.test";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void aCommittedEventReachesKafkaWithoutAnyScheduledPass() {
        String campaignId = admin().body("""
                {"kind": "green-product-week",
                 "name": {"zh": "2022年全国绿色产品认证与标识宣传周"},
                 "window": {"start": "2022-09-26", "end": "2022-09-30"},
                 "reportingDeadline": "2022-10-14"}""")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin().post("/api/v1/campaigns/{id}/publish", campaignId).then().statusCode(200);

        KafkaTestClient kafka = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
        ConsumerRecord<String, String> published = kafka.awaitRecord(TOPIC,
                r -> campaignId.equals(r.key()) && "CampaignPublished".equals(header(r, "ce_type")),
                Duration.ofSeconds(60));
        assertEquals(campaignId, header(published, "ce_subject"));

        // a second commit while the first pass may still be running queues one more pass: it arrives too
        admin().post("/api/v1/campaigns/{id}/close", campaignId).then().statusCode(200);
        ConsumerRecord<String, String> closed = kafka.awaitRecord(TOPIC,
                r -> campaignId.equals(r.key()) && "CampaignClosed".equals(header(r, "ce_type")),
                Duration.ofSeconds(60));
        assertEquals(Long.parseLong(header(published, "ce_aggregateversion")) + 1,
                Long.parseLong(header(closed, "ce_aggregateversion")), "in the order they were committed");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select max(sent_at) from outbox_event where aggregate_id = ?1 and event_type = 'CampaignClosed'""")
                .setParameter(1, campaignId).getSingleResult()), "marked sent by the woken pass");
    }

    /**
     * The lost wake-up race, forced rather than hoped for: a pass is held inside its transaction (it has read the
     * pending rows and sent them, and waits to mark them sent behind a row lock this test holds) while another event
     * commits. That commit's wake-up must queue one more pass; a coalescing that dropped it (the queued flag cleared
     * after the pass instead of before) would leave the event to the poll, an hour away here.
     */
    @Test
    void aCommitLandingWhileAPassRunsIsSentByTheNextPass() throws Exception {
        String second = UUID.randomUUID().toString();
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            insertUnannouncedAndLock(held, UUID.randomUUID().toString());
            relay.wake();
            await().atMost(Duration.ofSeconds(30)).until(this::passWaitsOnLock);

            QuarkusTransaction.requiringNew().run(() -> outbox.publish(WAKEUP_TOPIC, "Test", second, "Probe",
                    Map.of("n", 2)));
            assertNull(sentAt(second), "the running pass read the table before this commit");
            held.rollback(); // lets the running pass mark its batch and end
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(second) != null);
        new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers())
                .awaitRecord(WAKEUP_TOPIC, r -> second.equals(r.key()), Duration.ofSeconds(30));
    }

    /** Commits an outbox row as a writer would, but without waking the relay; then locks it in a new transaction. */
    private static void insertUnannouncedAndLock(Connection held, String aggregate) throws Exception {
        long id;
        try (PreparedStatement insert = held.prepareStatement("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                          payload, aggregate_version)
                values (gen_random_uuid(), ?, 'Test', ?, 'Probe', now(), cast('{"n": 1}' as jsonb), 1)
                returning id""")) {
            insert.setString(1, WAKEUP_TOPIC);
            insert.setString(2, aggregate);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        held.commit();
        try (PreparedStatement lock = held.prepareStatement("select id from outbox_event where id = ? for update")) {
            lock.setLong(1, id);
            lock.executeQuery().close();
        }
    }

    /**
     * Whether a relay pass waits for a row lock: it is inside its transaction. Asked on a connection of its own, in
     * autocommit: a transaction sees the activity view as it was when it first looked.
     */
    private boolean passWaitsOnLock() throws Exception {
        try (Connection own = dataSource.getConnection();
                PreparedStatement waiting = own.prepareStatement("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'
                  and query like 'update outbox_event set sent_at%'""");
                ResultSet rs = waiting.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private Object sentAt(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select sent_at from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult());
    }

    private static RequestSpecification admin() {
        return RestAssured.given().header("Authorization", DevTokens.bearer("national-admin", null))
                .contentType(ContentType.JSON);
    }
}
