-- The activity tally (report-service V28) at 1,000,000 activities: how long the figures take recounted from
-- activity_projection (what the statistics and the national-summary export read before V28) and read from the tally
-- (what they read now), and that the two agree. Run it on a SCRATCH database holding only the projection table and
-- V28 (it truncates activity_projection):
--   createdb tally_scratch
--   { sed -n '/^create table activity_projection/,/^create index/p' report-service/src/main/resources/db/migration/V20__activity_projection.sql
--     echo 'alter table activity_projection add column source_version bigint not null default 0;'
--     cat report-service/src/main/resources/db/migration/V28__activity_tally.sql; } | psql -d tally_scratch
--   psql -d tally_scratch -f docs/benchmarks/activity-tally.sql
-- The rows follow docs/benchmarks/ratios/load-activities.sql (one insert statement: the tally's statement trigger
-- adds them in one grouped upsert).
\timing on
truncate activity_projection;
insert into activity_projection (activity_id, campaign_ids, provincial_unit, activity_type, settings, status,
                                 actual_participants, media_items, last_event_id, updated_at, source_version)
select md5('ratios-activity' || g)::uuid, array[(array['11111111-1111-1111-1111-111111111111','22222222-2222-2222-2222-222222222222','33333333-3333-3333-3333-333333333333','44444444-4444-4444-4444-444444444444']::uuid[])[1 + g % 4]],
       lpad(((11 + g % 32) * 10000)::text, 6, '0'),
       (array['knowledge-lecture','skills-training','technical-service','on-site-guidance','experience-event','exhibition','media-campaign'])[1 + (g / 7) % 7],
       array[(array['farms','supermarkets','communities','enterprises'])[1 + (g / 4) % 4]]::varchar[],
       (array['planned','published','published','published','completed','completed','cancelled'])[1 + g % 7],
       case when g % 7 in (4, 5) then 40 + g % 150 else 0 end, case when g % 7 in (4, 5) then g % 4 else 0 end,
       md5('ratios-event' || g), now(), case when g % 7 in (1, 2, 3) then 1 else 2 end
from generate_series(1, 1000000) g where g % 7 <> 0;
analyze activity_projection; analyze activity_tally;
select count(*) as projection_rows from activity_projection;
-- the figures by recounting the rows (what the export read before V28)
explain (analyze, buffers, costs off) select a.provincial_unit, a.activity_type, count(*),
       coalesce(sum(a.actual_participants) filter (where a.status = 'completed'), 0),
       coalesce(sum(a.media_items) filter (where a.status = 'completed'), 0)
from activity_projection a
where a.campaign_ids @> array[cast('11111111-1111-1111-1111-111111111111' as uuid)] and a.status in ('published', 'completed')
group by a.provincial_unit, a.activity_type order by a.provincial_unit, a.activity_type;
-- the same figures from the tally (what it reads now)
explain (analyze, buffers, costs off) select t.provincial_unit, t.value, t.activities, t.participants, t.media_items
from activity_tally t
where t.campaign_id = '11111111-1111-1111-1111-111111111111' and t.dimension = 'type' and t.activities > 0
order by t.provincial_unit, t.value;
-- and they agree
select count(*) as differences from (
  (select a.provincial_unit, a.activity_type, count(*) c,
       coalesce(sum(a.actual_participants) filter (where a.status = 'completed'), 0) p,
       coalesce(sum(a.media_items) filter (where a.status = 'completed'), 0) m
   from activity_projection a where a.campaign_ids @> array[cast('11111111-1111-1111-1111-111111111111' as uuid)] and a.status in ('published', 'completed')
   group by 1, 2)
  except
  (select provincial_unit, value, activities, participants, media_items from activity_tally
   where campaign_id = '11111111-1111-1111-1111-111111111111' and dimension = 'type' and activities > 0)) d;
