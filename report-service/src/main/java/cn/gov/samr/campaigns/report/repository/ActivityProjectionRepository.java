package cn.gov.samr.campaigns.report.repository;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.gov.samr.campaigns.report.messaging.ActivityChanged;

/**
 * The activity projection: one row per activity, and the figures read from it. The counting rule: an activity counts
 * when published or completed (not planned, not cancelled); its participants and media items count only once it is
 * completed (actual figures, never expected ones). The figures are read from {@code activity_tally}, which triggers on
 * the projection keep by that rule in the same transaction (V28); the {@code recount…} queries apply the rule to the
 * rows themselves.
 */
@ApplicationScoped
public class ActivityProjectionRepository {

    /** Activities, participants and media items of one provincial unit and activity type. */
    public record TypeRow(String provincialUnit, String activityType, long activities, long participants,
            long mediaItems) {
    }

    /** Activities of one provincial unit in one setting. */
    public record SettingRow(String provincialUnit, String setting, long activities) {
    }

    private static final String COUNTED = "a.campaign_ids @> array[cast(?1 as uuid)]"
            + " and a.status in ('published', 'completed')";

    /**
     * The version rule as the {@code where} of an upsert's update: the event ({@code excluded}) is newer than what
     * the row holds, or both are unversioned (written before versions existed: the last one wins, as it always did).
     * An unversioned event never overwrites a versioned row.
     */
    static final String NEWER = "%1$s.source_version < excluded.source_version"
            + " or (%1$s.source_version = 0 and excluded.source_version = 0)";

    private final EntityManager em;

    public ActivityProjectionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Overwrites the activity's row with the activity as the event describes it, unless the row already holds a
     * newer version ({@link #NEWER}); returns whether it was written.
     */
    public boolean put(ActivityChanged a, String eventId, long version) {
        return em.createNativeQuery("""
                insert into activity_projection (activity_id, campaign_ids, provincial_unit, activity_type, settings,
                                                 status, actual_participants, media_items, last_event_id,
                                                 source_version, updated_at)
                values (?1, cast(string_to_array(?2, ',') as uuid[]), ?3, ?4,
                        cast(string_to_array(?5, ',') as varchar(40)[]), ?6, ?7, ?8, ?9, ?10, now())
                on conflict (activity_id) do update set campaign_ids = excluded.campaign_ids,
                    provincial_unit = excluded.provincial_unit, activity_type = excluded.activity_type,
                    settings = excluded.settings, status = excluded.status,
                    actual_participants = excluded.actual_participants, media_items = excluded.media_items,
                    last_event_id = excluded.last_event_id, source_version = excluded.source_version,
                    updated_at = excluded.updated_at
                where\s""" + NEWER.formatted("activity_projection"))
                .setParameter(1, a.activityId())
                .setParameter(2, a.campaignIds().stream().map(UUID::toString).sorted()
                        .collect(Collectors.joining(",")))
                .setParameter(3, a.provincialUnit())
                .setParameter(4, a.type())
                .setParameter(5, a.settings() == null ? "" : a.settings().stream().sorted()
                        .collect(Collectors.joining(",")))
                .setParameter(6, a.status())
                .setParameter(7, a.actualParticipants() == null ? 0 : a.actualParticipants())
                .setParameter(8, a.mediaItems() == null ? 0 : a.mediaItems())
                .setParameter(9, eventId)
                .setParameter(10, version)
                .executeUpdate() == 1;
    }

    /**
     * Per provincial unit and type, the campaign's counted activities; {@code unit} null for all units. Read from the
     * tally the projection's triggers keep (V28), not aggregated from the activities: a few hundred rows whatever
     * the campaign's size. {@link #recountByType} is the same figure from the rows.
     */
    public List<TypeRow> byType(UUID campaignId, String unit) {
        return typeRows(em.createNativeQuery("""
                select t.provincial_unit, t.value, t.activities, t.participants, t.media_items
                from activity_tally t
                where t.campaign_id = ?1 and t.dimension = 'type' and t.activities > 0
                  and (cast(?2 as varchar) is null or t.provincial_unit = ?2)
                order by t.provincial_unit, t.value"""), campaignId, unit);
    }

    /** Per provincial unit and setting, the campaign's counted activities; {@code unit} null for all units. */
    public List<SettingRow> bySetting(UUID campaignId, String unit) {
        return settingRows(em.createNativeQuery("""
                select t.provincial_unit, t.value, t.activities
                from activity_tally t
                where t.campaign_id = ?1 and t.dimension = 'setting' and t.activities > 0
                  and (cast(?2 as varchar) is null or t.provincial_unit = ?2)
                order by t.provincial_unit, t.value"""), campaignId, unit);
    }

    /** {@link #byType} counted from the projection's rows by the counting rule: what the tally must equal. */
    public List<TypeRow> recountByType(UUID campaignId, String unit) {
        return typeRows(em.createNativeQuery("""
                select a.provincial_unit, a.activity_type, count(*),
                       coalesce(sum(a.actual_participants) filter (where a.status = 'completed'), 0),
                       coalesce(sum(a.media_items) filter (where a.status = 'completed'), 0)
                from activity_projection a
                where %s and (cast(?2 as varchar) is null or a.provincial_unit = ?2)
                group by a.provincial_unit, a.activity_type
                order by a.provincial_unit, a.activity_type""".formatted(COUNTED)), campaignId, unit);
    }

    /** {@link #bySetting} counted from the projection's rows. */
    public List<SettingRow> recountBySetting(UUID campaignId, String unit) {
        return settingRows(em.createNativeQuery("""
                select a.provincial_unit, s.setting, count(*)
                from activity_projection a cross join unnest(a.settings) as s(setting)
                where %s and (cast(?2 as varchar) is null or a.provincial_unit = ?2)
                group by a.provincial_unit, s.setting
                order by a.provincial_unit, s.setting""".formatted(COUNTED)), campaignId, unit);
    }

    private static List<TypeRow> typeRows(Query query, UUID campaignId, String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(1, campaignId).setParameter(2, unit).getResultList();
        return rows.stream().map(r -> new TypeRow((String) r[0], (String) r[1], number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    private static List<SettingRow> settingRows(Query query, UUID campaignId, String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(1, campaignId).setParameter(2, unit).getResultList();
        return rows.stream().map(r -> new SettingRow((String) r[0], (String) r[1], number(r[2]))).toList();
    }

    /** Empties the projection, for a rebuild; its delete trigger empties the tally with it. */
    public void clear() {
        em.createNativeQuery("delete from activity_projection").executeUpdate();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
