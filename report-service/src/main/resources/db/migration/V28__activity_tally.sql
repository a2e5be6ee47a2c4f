-- The activity figures per campaign × provincial unit, kept as running sums so that the statistics and the national
-- summary export read a few hundred rows instead of aggregating every activity of the campaign (issue 13: at
-- 1,000,000 activities the export must be ≥ 20× faster than recomputing). One row per campaign, unit and either an
-- activity type ('type': counted activities, and the completed ones' participants and media items) or a setting
-- ('setting': counted activities). The counting rule is the one ActivityProjectionRepository documents: an activity
-- counts when published or completed, its participants and media items only once completed.
--
-- Kept by statement triggers on activity_projection, in the same transaction as the projection's own write: the live
-- listener, the rebuild (delete, then replay) and anything that writes the projection by hand (the benchmarks' bulk
-- load, docs/benchmarks/ratios/load-activities.sql) all keep it right with no code of their own. The version rule
-- stays in the projection's upsert: a stale event updates no row, so no trigger sees it. Statement triggers with
-- transition tables add one grouped upsert per statement, not one per row, so a bulk load of a million rows costs one
-- aggregate. The tally rows are upserted in key order, so concurrent writers lock them in the same order.
create table activity_tally (
    campaign_id     uuid         not null,
    provincial_unit varchar(6)   not null,
    dimension       varchar(7)   not null check (dimension in ('type', 'setting')),
    value           varchar(40)  not null,
    activities      bigint       not null,
    participants    bigint       not null,
    media_items     bigint       not null,
    primary key (campaign_id, dimension, provincial_unit, value)
);

-- The statement that adds to the tally what the rows of `changed` (projection rows with a sign: +1 added, -1
-- removed) count for. A text that each trigger function EXECUTEs itself: the transition tables are visible only in
-- the trigger function's own statements, not in a function it calls.
create function activity_tally_sql(changed text) returns text language sql immutable as $$
    select format($sql$
        with changed as (%s),
        counted as (
            select c.sign, cid.campaign_id, c.provincial_unit, c.activity_type, c.settings,
                   case when c.status = 'completed' then c.actual_participants else 0 end as participants,
                   case when c.status = 'completed' then c.media_items else 0 end as media_items
            from changed c cross join unnest(c.campaign_ids) as cid(campaign_id)
            where c.status in ('published', 'completed')),
        delta as (
            select campaign_id, provincial_unit, 'type' as dimension, activity_type as value,
                   sign as activities, sign * participants as participants, sign * media_items as media_items
            from counted
            union all
            select campaign_id, provincial_unit, 'setting', s.setting, sign, 0, 0
            from counted cross join unnest(counted.settings) as s(setting))
        insert into activity_tally as t (campaign_id, provincial_unit, dimension, value, activities, participants,
                                         media_items)
        select campaign_id, provincial_unit, dimension, value, sum(activities), sum(participants), sum(media_items)
        from delta
        group by campaign_id, dimension, provincial_unit, value
        having sum(activities) <> 0 or sum(participants) <> 0 or sum(media_items) <> 0
        order by campaign_id, dimension, provincial_unit, value
        on conflict (campaign_id, dimension, provincial_unit, value) do update
            set activities = t.activities + excluded.activities,
                participants = t.participants + excluded.participants,
                media_items = t.media_items + excluded.media_items
        $sql$, changed)
$$;

create function activity_tally_on_insert() returns trigger language plpgsql as $$
begin
    execute activity_tally_sql('select 1 as sign, * from new_rows');
    return null;
end
$$;

create function activity_tally_on_update() returns trigger language plpgsql as $$
begin
    execute activity_tally_sql('select 1 as sign, * from new_rows union all select -1, * from old_rows');
    return null;
end
$$;

create function activity_tally_on_delete() returns trigger language plpgsql as $$
begin
    execute activity_tally_sql('select -1 as sign, * from old_rows');
    return null;
end
$$;

create function activity_tally_on_truncate() returns trigger language plpgsql as $$
begin
    delete from activity_tally;
    return null;
end
$$;

create trigger activity_tally_insert after insert on activity_projection
    referencing new table as new_rows for each statement execute function activity_tally_on_insert();
create trigger activity_tally_update after update on activity_projection
    referencing old table as old_rows new table as new_rows for each statement execute function activity_tally_on_update();
create trigger activity_tally_delete after delete on activity_projection
    referencing old table as old_rows for each statement execute function activity_tally_on_delete();
create trigger activity_tally_truncate after truncate on activity_projection
    for each statement execute function activity_tally_on_truncate();

-- What is projected already (a deployed database).
do $$ begin execute activity_tally_sql('select 1 as sign, * from activity_projection'); end $$;
