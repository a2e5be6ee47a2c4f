package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.messaging.ActivityEvents.send;
import static cn.gov.samr.campaigns.report.messaging.MaterialEvents.downloaded;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.report.messaging.ActivityChanged;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Sent;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Shipment;
import cn.gov.samr.campaigns.report.service.ActivityFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rebuilding the projections by replaying the topics gives the figures the live listeners gave. */
@QuarkusTest
class ProjectionRebuildTest {

    private static final String JIANGSU = "320000";
    private static final String ZHEJIANG = "330000";

    @Inject
    ActivityFigures figures;

    @Inject
    EntityManager em;

    @Test
    void replayEqualsLive() {
        UUID campaign = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture", "farms");
        Activity exhibition = Activity.published(campaign, ZHEJIANG, "exhibition", "supermarkets");
        Activity dropped = Activity.published(campaign, ZHEJIANG, "online");
        Activity joint = Activity.published(campaign, JIANGSU, "launch-ceremony").alsoFor(UUID.randomUUID());
        send(ActivityChanged.SCHEDULED, lecture);
        String completed = send(ActivityChanged.COMPLETED, lecture.completed(150, 4));
        send(ActivityChanged.COMPLETED, lecture.completed(150, 4), completed); // a redelivery
        send(ActivityChanged.SCHEDULED, exhibition);
        send(ActivityChanged.RESCHEDULED, exhibition.ofType("experience-event"));
        send(ActivityChanged.SCHEDULED, dropped);
        send(ActivityChanged.CANCELLED, dropped.cancelled());
        send(ActivityChanged.SCHEDULED, joint);
        String lastActivity = send(ActivityChanged.COMPLETED, joint.completed(400, 6));

        Shipment toJiangsu = Shipment.to(campaign, JIANGSU);
        Shipment recalled = Shipment.to(campaign, ZHEJIANG);
        toJiangsu.dispatch(200, 100);
        toJiangsu.receive(300, 295, 5).again();
        recalled.dispatch(50, 50);
        recalled.cancel();
        downloaded(campaign, JIANGSU, 11).again();
        Sent lastMaterial = downloaded(campaign, null, 25);
        awaitProcessed(lastActivity);
        awaitProcessed(lastMaterial.id());

        Figures liveNational = figures.national(campaign);
        var liveUnits = figures.byUnit(campaign);
        assertEquals(3, liveNational.activities());
        assertEquals(550, liveNational.participants());
        assertEquals(295, liveNational.copiesReceived());
        assertEquals(36, liveNational.downloads());

        forget(campaign); // so that a rebuild that did nothing could not pass
        assertNotEquals(liveNational, figures.national(campaign));

        as("national-admin").post("/api/v1/projections/rebuild")
                .then().statusCode(200).body("applied", greaterThan(0)).body("duplicates", greaterThan(0));

        assertEquals(liveNational, figures.national(campaign));
        assertEquals(liveUnits, figures.byUnit(campaign));

        // live events flow on after the rebuild, and one it already replayed changes nothing
        send(ActivityChanged.COMPLETED, lecture.completed(150, 4), completed);
        awaitProcessed(send(ActivityChanged.COMPLETED, exhibition.ofType("experience-event").completed(60, 1)));
        assertEquals(610, figures.national(campaign).participants());
    }

    @Test
    void onlyTheNationalOfficeRebuilds() {
        as("provincial-officer").post("/api/v1/projections/rebuild").then().statusCode(403);
        given().post("/api/v1/projections/rebuild").then().statusCode(401);
    }

    private void forget(UUID campaign) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from activity_projection where campaign_ids @> array[cast(?1 as uuid)]")
                    .setParameter(1, campaign).executeUpdate();
            em.createNativeQuery("delete from shipment_projection where campaign_id = ?1")
                    .setParameter(1, campaign).executeUpdate();
            em.createNativeQuery("update download_projection set downloads = downloads * 2 where campaign_id = ?1")
                    .setParameter(1, campaign).executeUpdate();
        });
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }

    private static io.restassured.specification.RequestSpecification as(String role) {
        return given().header("Authorization", DevTokens.bearer(role, role.equals("national-admin") ? null : JIANGSU));
    }
}
