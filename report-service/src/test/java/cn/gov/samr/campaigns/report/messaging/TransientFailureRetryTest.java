package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.kafka;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendPublished;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 10's lost CampaignPublished: the obligation table unavailable while the event arrives (as during a
 * migration or a failover) no longer sends it to the dead-letter topic; the listener retries until the table is
 * back, and the 32 obligations appear once.
 */
@QuarkusTest
class TransientFailureRetryTest {

    private static final String DLQ = "report-service.campaign-events.dlq";
    private static final String CHANNEL = "campaign-events";

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void tableBack() throws SQLException {
        sql("alter table if exists obligation_unavailable rename to obligation");
    }

    @Test
    void anEventArrivingWhileItsTableIsUnavailableIsRetriedAndAppliedOnce() throws SQLException {
        double retriesBefore = retries();
        sql("alter table obligation rename to obligation_unavailable"); // "relation obligation does not exist"
        UUID campaign = UUID.randomUUID();
        String eventId = sendPublished(campaign, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> retries() >= retriesBefore + 3);
        assertEquals(1.0, registry.get("messaging.retries.in.progress").tag("channel", CHANNEL).gauge().value(),
                "the event waits for its next attempt");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("messaging_retries_in_progress{channel=\"campaign-events\"} 1.0"));

        sql("alter table obligation_unavailable rename to obligation");
        await().atMost(Duration.ofSeconds(60)).until(() -> obligations(campaign) == 32);
        assertEquals(1L, count("select count(*) from processed_event where event_id = ?1", eventId));
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.get("messaging.retries.in.progress")
                .tag("channel", CHANNEL).gauge().value() == 0.0);
        assertThrows(AssertionError.class, () -> kafka().awaitRecord(DLQ, r -> campaign.toString().equals(r.key()),
                Duration.ofSeconds(3)), "a transient failure never reaches the dead-letter topic");
    }

    private double retries() {
        return registry.get("messaging.retries").tag("channel", CHANNEL).counter().count();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private long obligations(UUID campaign) {
        return count("select count(*) from obligation where campaign_id = ?1", campaign);
    }

    private long count(String query, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
