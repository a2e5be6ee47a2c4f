package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.messaging.ActivityEvents.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository;
import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository.SettingRow;
import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository.TypeRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The activity tally (V28) the figures are read from equals the figures counted from the projection's rows, whatever
 * the events did to them: new, completed, cancelled, retyped, merged, a stale duplicate, a redelivery, and rows written
 * by hand as the benchmarks' bulk load writes them.
 */
@QuarkusTest
class ActivityTallyTest {

    private static final String JIANGSU = "320000";
    private static final String ZHEJIANG = "330000";

    @Inject
    ActivityProjectionRepository projection;

    @Inject
    EntityManager em;

    @Test
    void theTallyEqualsARecountAfterEveryKindOfEvent() {
        UUID campaign = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Activity lecture = Activity.published(campaign, JIANGSU, "knowledge-lecture", "farms", "communities");
        Activity training = Activity.published(campaign, JIANGSU, "skills-training", "farms");
        Activity exhibition = Activity.published(campaign, ZHEJIANG, "exhibition", "supermarkets");
        Activity joint = Activity.published(campaign, ZHEJIANG, "launch-ceremony", "enterprises").alsoFor(other);

        String scheduled = send(ActivityChanged.SCHEDULED, training);
        List<String> sent = List.of(
                VersionedEvents.activity(ActivityChanged.SCHEDULED, lecture, UUID.randomUUID().toString(), 1),
                scheduled,
                send(ActivityChanged.SCHEDULED, exhibition),
                send(ActivityChanged.SCHEDULED, joint),
                VersionedEvents.activity(ActivityChanged.COMPLETED, lecture.completed(120, 3),
                        UUID.randomUUID().toString(), 2),
                send(ActivityChanged.CANCELLED, training.cancelled()),
                send(ActivityChanged.SCHEDULED, training, scheduled), // a redelivery of an applied event
                send(ActivityChanged.RESCHEDULED, exhibition.ofType("experience-event")),
                send(ActivityChanged.COMPLETED, joint.completed(300, 5)),
                // the stale duplicate: the lecture's ActivityScheduled again, re-produced under a new id
                VersionedEvents.activity(ActivityChanged.SCHEDULED, lecture, UUID.randomUUID().toString(), 1));
        sent.forEach(this::awaitProcessed);

        List<TypeRow> byType = read(() -> projection.byType(campaign, null));
        assertEquals(List.of(new TypeRow(JIANGSU, "knowledge-lecture", 1, 120, 3),
                new TypeRow(ZHEJIANG, "experience-event", 1, 0, 0),
                new TypeRow(ZHEJIANG, "launch-ceremony", 1, 300, 5)), byType,
                "the cancelled training does not count, the stale event did not undo the completion");
        assertTallyEqualsRecount(campaign);
        assertTallyEqualsRecount(other);
        assertEquals(List.of(new SettingRow(ZHEJIANG, "enterprises", 1)), read(() -> projection.bySetting(other, null)));
        assertEquals(read(() -> projection.recountByType(campaign, ZHEJIANG)),
                read(() -> projection.byType(campaign, ZHEJIANG)));
        assertEquals(0, differences(), "the whole tally equals the whole recount");
    }

    @Test
    void rowsWrittenStraightIntoTheProjectionAreTalliedToo() {
        UUID campaign = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into activity_projection (activity_id, campaign_ids, provincial_unit, activity_type, settings,
                                                 status, actual_participants, media_items, last_event_id, updated_at,
                                                 source_version)
                select gen_random_uuid(), array[cast(?1 as uuid)], (array['320000', '330000'])[1 + g % 2],
                       (array['exhibition', 'online'])[1 + (g / 3) % 2], array[cast('farms' as varchar)],
                       (array['planned', 'published', 'completed', 'cancelled'])[1 + g % 4],
                       case when g % 4 = 2 then g else 0 end, g % 4, 'bulk-' || g, now(), 1
                from generate_series(1, 200) g""").setParameter(1, campaign).executeUpdate());

        assertFalse(read(() -> projection.byType(campaign, null)).isEmpty());
        assertTallyEqualsRecount(campaign);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update activity_projection set status = 'cancelled'
                where campaign_ids = array[cast(?1 as uuid)] and provincial_unit = '330000'""")
                .setParameter(1, campaign).executeUpdate());
        assertTallyEqualsRecount(campaign);
        assertEquals(List.of(JIANGSU), read(() -> projection.byType(campaign, null)).stream()
                .map(TypeRow::provincialUnit).distinct().toList());

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                delete from activity_projection where campaign_ids = array[cast(?1 as uuid)]""")
                .setParameter(1, campaign).executeUpdate());
        assertEquals(List.of(), read(() -> projection.byType(campaign, null)));
        assertEquals(List.of(), read(() -> projection.bySetting(campaign, null)));
        assertEquals(0, differences());
    }

    private void assertTallyEqualsRecount(UUID campaign) {
        assertEquals(read(() -> projection.recountByType(campaign, null)), read(() -> projection.byType(campaign, null)));
        assertEquals(read(() -> projection.recountBySetting(campaign, null)),
                read(() -> projection.bySetting(campaign, null)));
    }

    /** Rows in which the tally (its counted rows) and a recount of every campaign differ, both ways. */
    private long differences() {
        return read(() -> ((Number) em.createNativeQuery("""
                with recount as (
                    select c.campaign_id, a.provincial_unit, 'type' as dimension, a.activity_type as value,
                           count(*) as activities,
                           coalesce(sum(a.actual_participants) filter (where a.status = 'completed'), 0) as participants,
                           coalesce(sum(a.media_items) filter (where a.status = 'completed'), 0) as media_items
                    from activity_projection a cross join unnest(a.campaign_ids) as c(campaign_id)
                    where a.status in ('published', 'completed')
                    group by 1, 2, 3, 4
                    union all
                    select c.campaign_id, a.provincial_unit, 'setting', s.setting, count(*), 0, 0
                    from activity_projection a cross join unnest(a.campaign_ids) as c(campaign_id)
                         cross join unnest(a.settings) as s(setting)
                    where a.status in ('published', 'completed')
                    group by 1, 2, 3, 4),
                tally as (
                    select campaign_id, provincial_unit, cast(dimension as text), cast(value as text), activities,
                           participants, media_items
                    from activity_tally where activities <> 0 or participants <> 0 or media_items <> 0)
                select (select count(*) from (select * from recount except select * from tally) r)
                     + (select count(*) from (select * from tally except select * from recount) t)""")
                .getSingleResult()).longValue());
    }

    private <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> read(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }
}
