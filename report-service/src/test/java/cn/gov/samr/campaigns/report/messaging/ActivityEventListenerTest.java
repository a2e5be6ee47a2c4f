package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.messaging.ActivityEvents.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.service.ActivityFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Activity events over the real broker, projected per activity and counted by the counting rule. */
@QuarkusTest
class ActivityEventListenerTest {

    private static final String JIANGSU = "320000";
    private static final String ZHEJIANG = "330000";

    @Inject
    ActivityFigures figures;

    @Inject
    EntityManager em;

    @Test
    void publishedAndCompletedActivitiesCountAndOnlyCompletedOnesBringParticipants() {
        UUID campaign = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture", "farms", "communities");
        Activity training = Activity.published(campaign, JIANGSU, "skills-training", "farms");
        send(ActivityChanged.SCHEDULED, lecture);
        send(ActivityChanged.SCHEDULED, training);
        awaitProcessed(send(ActivityChanged.COMPLETED, lecture.completed(120, 3)));

        Figures jiangsu = figures.of(campaign, JIANGSU);
        assertEquals(2, jiangsu.activities());
        assertEquals(120, jiangsu.participants(), "participants: the completed activity's actual ones only");
        assertEquals(3, jiangsu.mediaItems());
        assertEquals(List.of(new TypeFigures("knowledge-lecture", 1, 120, 3),
                new TypeFigures("skills-training", 1, 0, 0)), jiangsu.byType());
        assertEquals(Map.of("farms", 2L, "communities", 1L), jiangsu.activitiesBySetting());
        assertEquals(0, figures.of(campaign, ZHEJIANG).activities());
    }

    @Test
    void theSameEventsDeliveredTwiceGiveTheSameFigures() {
        UUID campaign = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture");
        String scheduled = send(ActivityChanged.SCHEDULED, lecture);
        String completed = send(ActivityChanged.COMPLETED, lecture.completed(80, 2));
        awaitProcessed(completed);
        Figures once = figures.of(campaign, JIANGSU);

        send(ActivityChanged.SCHEDULED, lecture, scheduled); // redeliveries, as after a relay crash
        send(ActivityChanged.COMPLETED, lecture.completed(80, 2), completed);
        awaitProcessed(send(ActivityChanged.SCHEDULED, Activity.published(UUID.randomUUID(), JIANGSU, "online")));

        assertEquals(once, figures.of(campaign, JIANGSU));
        assertEquals(1, once.activities());
        assertEquals(80, once.participants());
    }

    @Test
    void aRescheduledActivityMovesToItsNewTypeAndACancelledOneStopsCounting() {
        UUID campaign = UUID.randomUUID();
        Activity exhibition = Activity.published(campaign, ZHEJIANG, "exhibition");
        Activity online = Activity.published(campaign, ZHEJIANG, "online");
        send(ActivityChanged.SCHEDULED, exhibition);
        send(ActivityChanged.SCHEDULED, online);
        send(ActivityChanged.RESCHEDULED, exhibition.ofType("experience-event"));
        awaitProcessed(send(ActivityChanged.CANCELLED, online.cancelled()));

        Figures zhejiang = figures.of(campaign, ZHEJIANG);
        assertEquals(1, zhejiang.activities());
        assertEquals(List.of(new TypeFigures("experience-event", 1, 0, 0)), zhejiang.byType());
    }

    @Test
    void aMergedActivityCountsForEachOfItsCampaigns() {
        UUID organic = UUID.randomUUID();
        UUID green = UUID.randomUUID();
        Activity joint = Activity.published(organic, JIANGSU, "launch-ceremony").alsoFor(green);
        send(ActivityChanged.SCHEDULED, joint);
        awaitProcessed(send(ActivityChanged.COMPLETED, joint.completed(300, 5)));

        assertEquals(300, figures.of(organic, JIANGSU).participants());
        assertEquals(300, figures.of(green, JIANGSU).participants());
        assertEquals(List.of(JIANGSU), List.copyOf(figures.byUnit(green).keySet()));
    }

    @Test
    void anActivityEventWithoutItsUnitIsDeadLetteredAndLaterEventsFlow() {
        UUID campaign = UUID.randomUUID();
        Activity broken = Activity.published(campaign, null, "online");
        String brokenId = send(ActivityChanged.SCHEDULED, broken);
        awaitProcessed(send(ActivityChanged.SCHEDULED, Activity.published(campaign, JIANGSU, "online")));

        CampaignEvents.kafka().awaitRecord("report-service.activity-events.dlq",
                r -> broken.id().toString().equals(r.key()), Duration.ofSeconds(60));
        assertEquals(1, figures.of(campaign, JIANGSU).activities());
        assertEquals(0L, processed(brokenId), "the rolled-back event is not recorded");
    }

    /** The version rule: a redriven or redelivered older state event must not undo a newer one. */
    @Test
    void anOlderStateEventAfterANewerOneChangesNothing() {
        UUID campaign = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture");
        String scheduled = UUID.randomUUID().toString();
        VersionedEvents.activity(ActivityChanged.SCHEDULED, lecture, scheduled, 1);
        awaitProcessed(VersionedEvents.activity(ActivityChanged.COMPLETED, lecture.completed(90, 2),
                UUID.randomUUID().toString(), 2));
        assertEquals(90, figures.of(campaign, JIANGSU).participants());

        // the ActivityScheduled again under a new id (re-produced by hand), and one from before versions existed
        String stale = VersionedEvents.activity(ActivityChanged.SCHEDULED, lecture, UUID.randomUUID().toString(), 1);
        send(ActivityChanged.CANCELLED, lecture.cancelled());
        awaitProcessed(stale);
        awaitProcessed(send(ActivityChanged.SCHEDULED, Activity.published(UUID.randomUUID(), JIANGSU, "online")));

        Figures jiangsu = figures.of(campaign, JIANGSU);
        assertEquals(1, jiangsu.activities(), "neither the stale nor the unversioned event changed the activity");
        assertEquals(90, jiangsu.participants());
        assertEquals(2L, count("select source_version from activity_projection where activity_id = ?1",
                lecture.id()));

        // a newer one is applied
        awaitProcessed(VersionedEvents.activity(ActivityChanged.CANCELLED, lecture.completed(90, 2).cancelled(),
                UUID.randomUUID().toString(), 3));
        assertEquals(0, figures.of(campaign, JIANGSU).activities());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(eventId) == 1);
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
