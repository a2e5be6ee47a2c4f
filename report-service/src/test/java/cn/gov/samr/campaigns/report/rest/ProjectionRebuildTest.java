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
import cn.gov.samr.campaigns.report.messaging.CampaignEvents;
import cn.gov.samr.campaigns.report.messaging.VersionedEvents;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Sent;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Shipment;
import cn.gov.samr.campaigns.report.service.ActivityFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.ProjectionRebuild;
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

    @Inject
    ProjectionRebuild rebuild;

    /** A topic of two partitions that only the partition test writes to and replays from. */
    private static final String PARTITIONED = "activity.events.partitioned-test";

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
        send(ActivityChanged.SCHEDULED, Activity.published(campaign, "3200001", "online")); // dead-lettered live
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
                .then().statusCode(200).body("applied", greaterThan(0)).body("duplicates", greaterThan(0))
                .body("skipped", greaterThan(0));

        assertEquals(liveNational, figures.national(campaign));
        assertEquals(liveUnits, figures.byUnit(campaign));

        // live events flow on after the rebuild, and one it already replayed changes nothing
        send(ActivityChanged.COMPLETED, lecture.completed(150, 4), completed);
        awaitProcessed(send(ActivityChanged.COMPLETED, exhibition.ofType("experience-event").completed(60, 1)));
        assertEquals(610, figures.national(campaign).participants());
    }

    /**
     * campaign.events is replayable: obligations that went missing are opened again, due on the newest deadline
     * (not the one the CampaignPublished stated), deadlines that went astray follow it again, and nothing that
     * exists is deleted.
     */
    @Test
    void obligationsAreRebuiltFromCampaignEventsWithTheNewestDeadline() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.sendPublished(campaign, 1, "2022-10-14");
        awaitProcessed(CampaignEvents.sendUpdated(campaign, 2, "2022-10-21"));
        assertEquals(32L, obligations(campaign, "2022-10-21"));
        UUID kept = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from obligation where campaign_id = ?1 and division_code = ?2", UUID.class)
                .setParameter(1, campaign).setParameter(2, JIANGSU).getSingleResult());

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    delete from report where obligation_id in
                        (select id from obligation where campaign_id = ?1 and division_code <> ?2)""")
                    .setParameter(1, campaign).setParameter(2, JIANGSU).executeUpdate();
            em.createNativeQuery("delete from obligation where campaign_id = ?1 and division_code <> ?2")
                    .setParameter(1, campaign).setParameter(2, JIANGSU).executeUpdate();
            em.createNativeQuery("update obligation set deadline = '2022-10-14' where campaign_id = ?1")
                    .setParameter(1, campaign).executeUpdate();
        });
        assertEquals(0L, obligations(campaign, "2022-10-21"));

        as("national-admin").post("/api/v1/projections/rebuild")
                .then().statusCode(200).body("campaignRecords", greaterThan(1));

        assertEquals(32L, obligations(campaign, "2022-10-21"));
        assertEquals(32L, count("select count(*) from report r join obligation o on o.id = r.obligation_id"
                + " where o.campaign_id = ?1", campaign));
        assertEquals(1L, count("select count(*) from obligation where id = ?1", kept), "the existing one is kept");
    }

    /**
     * The rebuild reads all partitions together: a stale copy of an activity's first event in another partition,
     * whether read before or after the activity's newer events, changes nothing.
     */
    @Test
    void aStaleCopyInAnotherPartitionDoesNotWin() {
        VersionedEvents.createTopic(PARTITIONED, 2);
        UUID campaign = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture");
        Activity fair = Activity.published(campaign, ZHEJIANG, "exhibition");
        String scheduled = UUID.randomUUID().toString();
        // each activity's events in one partition, and a stale copy of its first event (a new id, as re-produced
        // by hand) at the end of the other one: whichever partition is read last ends with a stale event
        VersionedEvents.activity(PARTITIONED, 1, ActivityChanged.SCHEDULED, lecture, scheduled, 1); // same id too
        VersionedEvents.activity(PARTITIONED, 0, ActivityChanged.SCHEDULED, lecture, scheduled, 1);
        VersionedEvents.activity(PARTITIONED, 0, ActivityChanged.COMPLETED, lecture.completed(70, 1),
                UUID.randomUUID().toString(), 2);
        VersionedEvents.activity(PARTITIONED, 1, ActivityChanged.SCHEDULED, fair, UUID.randomUUID().toString(), 1);
        VersionedEvents.activity(PARTITIONED, 1, ActivityChanged.CANCELLED, fair.cancelled(),
                UUID.randomUUID().toString(), 2);
        VersionedEvents.activity(PARTITIONED, 0, ActivityChanged.SCHEDULED, fair, UUID.randomUUID().toString(), 1);
        VersionedEvents.activity(PARTITIONED, 1, ActivityChanged.SCHEDULED, lecture, UUID.randomUUID().toString(), 1);

        ProjectionRebuild.Result result = rebuild.rebuild(PARTITIONED);

        assertEquals(7, result.activityRecords());
        Figures national = figures.national(campaign);
        assertEquals(1, national.activities(), "the cancelled fair does not count again");
        assertEquals(70, national.participants(), "the lecture stays completed");
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

    private long obligations(UUID campaign, String deadline) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from obligation where campaign_id = ?1 and deadline = cast(?2 as date)")
                .setParameter(1, campaign).setParameter(2, deadline).getSingleResult()).longValue());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
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
