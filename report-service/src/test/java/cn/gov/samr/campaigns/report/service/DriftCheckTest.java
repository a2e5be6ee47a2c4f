package cn.gov.samr.campaigns.report.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The drift checks against event-service's tallies, played by {@link StubEventService}: activities and obligations
 * per campaign compared with the projection, -1 while event-service cannot be asked, and the gauges in /q/metrics.
 */
@QuarkusTest
@WithTestResource(value = StubEventService.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DriftCheckTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID CLOSED = UUID.randomUUID();
    private static final UUID UNKNOWN = UUID.randomUUID();

    @Inject
    EntityManager em;
    @Inject
    DriftComparison comparison;
    @Inject
    ActivityDrift activities;
    @Inject
    ObligationDrift obligations;

    @BeforeEach
    void emptyProjections() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from activity_projection").executeUpdate();
            em.createNativeQuery("delete from obligation").executeUpdate();
        });
    }

    @Test
    void projectionsThatAgreeShowNoDrift() throws Exception {
        tallies(200, campaign(A, "published", 2, 1), campaign(CLOSED, "closed", 0, 3));
        activity(List.of(A), "published");
        activity(List.of(A), "published");
        activity(List.of(A), "completed");
        activity(List.of(A), "cancelled"); // cancelled ones count on neither side
        activity(List.of(A), "planned");
        activity(List.of(CLOSED), "completed");
        activity(List.of(CLOSED), "completed");
        activity(List.of(CLOSED), "completed");
        obligations(A);
        obligations(CLOSED);

        comparison.compare();

        assertEquals(0, activities.drift());
        assertEquals(0, obligations.drift());
    }

    @Test
    void lostStaleAndUnknownEventsShowAsDrift() throws Exception {
        tallies(200, campaign(A, "published", 1, 1), campaign(B, "published", 1, 0));
        activity(List.of(A), "published");
        activity(List.of(A), "published"); // completed at event-service, the completion not applied here
        activity(List.of(B, UNKNOWN), "published"); // merged: counts for B, and for a campaign never published
        obligations(A);
        obligations(UNKNOWN); // B's CampaignPublished lost; UNKNOWN's obligations of a campaign never published

        comparison.compare();

        // A: one published too many, one completed missing; UNKNOWN: one published extra
        assertEquals(3, activities.drift());
        // B without obligations, UNKNOWN with obligations it should not have
        assertEquals(2, obligations.drift());
    }

    @Test
    void whileEventServiceCannotBeAskedTheChecksSayNotCompared() throws Exception {
        tallies(200, campaign(A, "published", 0, 0));
        comparison.compare();
        assertEquals(0, activities.drift());

        tallies(503);
        comparison.compare();

        assertEquals(-1, activities.drift(), "not compared, rather than the last result or a false 0");
        assertEquals(-1, obligations.drift());
    }

    @Test
    void theSignalsAreInTheMetrics() throws Exception {
        tallies(200, campaign(A, "published", 1, 0));
        comparison.compare();

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("projection_drift{check=\"activities-per-campaign\"} 1.0"))
                .body(containsString("projection_drift{check=\"obligations-per-campaign\"} 1.0"))
                .body(containsString("outbox_oldest_pending_age_seconds "))
                .body(containsString("messaging_consumer_lag{group=\"report-service\",topic=\"activity.events\"}"))
                .body(containsString("messaging_consumer_lag{group=\"report-service\",topic=\"campaign.events\"}"));
    }

    private void activity(List<UUID> campaigns, String status) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into activity_projection (activity_id, campaign_ids, provincial_unit, activity_type, settings,
                                                 status, actual_participants, media_items, last_event_id, updated_at)
                values (?1, cast(?2 as uuid[]), '320000', 'knowledge-lecture', cast('{communities}' as varchar[]),
                        ?3, 0, 0, ?4, now())""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, campaigns.stream().map(UUID::toString).toList().toString()
                        .replace('[', '{').replace(']', '}').replace(" ", ""))
                .setParameter(3, status)
                .setParameter(4, UUID.randomUUID().toString())
                .executeUpdate());
    }

    private void obligations(UUID campaign) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String unit : List.of("320000", "330000")) {
                em.createNativeQuery("""
                        insert into obligation (id, campaign_id, division_code, division_name_zh, deadline,
                                                original_deadline, status, opened_at)
                        values (?1, ?2, ?3, '省', date '2022-10-14', date '2022-10-14', 'NOT_STARTED', now())""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, campaign)
                        .setParameter(3, unit)
                        .executeUpdate();
            }
        });
    }

    private static String campaign(UUID id, String status, int published, int completed) {
        return """
                {"campaignId": "%s", "status": "%s", "activities": {"published": %d, "completed": %d}}"""
                .formatted(id, status, published, completed);
    }

    /** What the stub answers from now on: this status, and these campaigns. */
    private void tallies(int status, String... campaigns) throws Exception {
        // read here, not injected: every test class is a bean of every test's application, most without the stub
        String stub = ConfigProvider.getConfig().getValue("platform.drift.producer-url", String.class);
        HttpResponse<Void> set = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stub + "/stub/tallies?status=" + status))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"campaigns\": [" + String.join(",", campaigns) + "]}"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(204, set.statusCode());
    }
}
