-- Activities number :from to :n (1 to N the first time) more for the seeded 2022 demo, written straight into event-service's database and, for the
-- announced ones, into report-service's activity projection as their events would have left it (ratios.sh).
-- Deterministic: everything follows from the row number g, so the two databases agree without talking.
--   psql -d <events db>  -v from=1 -v n=1000000 -v campaigns="'{organic,green,experience,quality-month ids}'" -v part=events -f …
--   psql -d <reports db> -v from=1 -v n=1000000 -v campaigns=… -v units="'{32 codes}'" -v part=reports -f …
-- g % 4 picks the campaign (organic week 19–23 Sept., green week 26–30, experience week from 5 Sept., Quality
-- Month from 1 Sept.), g % 32 the provincial unit (the activity is held at the unit itself), g % 7 the status as in
-- activity-data.sql (planned, published ×3, completed ×2, cancelled after publication); one in seven is internal.
-- No merged activities: each belongs to one campaign.
\set ON_ERROR_STOP on
\if :{?units}
\else
\set units '\'{}\''
\endif
select :'part' = 'events' as events_part \gset

\if :events_part
create temporary table ratios_unit as
select row_number() over (order by code) - 1 as n, code from division where level = 'PROVINCIAL_UNIT' and valid_to is null;

insert into activity (id, type, title_zh, division_code, provincial_unit, venue_address, starts_at, ends_at, format,
                      expected_participants, visibility, voluntary_participation, no_fee, status, actual_participants,
                      media_items, scheduled_by, created_at, updated_at, published_at, version)
select md5('ratios-activity' || g)::uuid,
       (array['KNOWLEDGE_LECTURE','SKILLS_TRAINING','TECHNICAL_SERVICE','ON_SITE_GUIDANCE','EXPERIENCE_EVENT',
              'EXHIBITION','MEDIA_CAMPAIGN'])[1 + (g / 7) % 7],
       '认证宣传活动（批量）第' || g || '场', u.code, u.code, '活动中心' || (g % 97),
       (date '2022-09-01' + (array[18, 25, 4, 0])[1 + g % 4] + (g / 4) % 5 + time '09:00' + (g % 8) * interval '1 hour')
           at time zone 'Asia/Shanghai',
       (date '2022-09-01' + (array[18, 25, 4, 0])[1 + g % 4] + (g / 4) % 5 + time '10:30' + (g % 8) * interval '1 hour')
           at time zone 'Asia/Shanghai',
       'OFFLINE', 50 + g % 200, case when g % 7 = 3 then 'INTERNAL' else 'PUBLIC' end, true, true,
       (array['PLANNED','PUBLISHED','PUBLISHED','PUBLISHED','COMPLETED','COMPLETED','CANCELLED'])[1 + g % 7],
       case when g % 7 in (4, 5) then 40 + g % 150 end, case when g % 7 in (4, 5) then g % 4 end,
       'ratios-benchmark', now(), now(), case when g % 7 <> 0 then now() end, case when g % 7 = 0 then 0 else 1 end
from generate_series(:from, :n) g join ratios_unit u on u.n = g % 32;

insert into activity_campaign (activity_id, campaign_id)
select md5('ratios-activity' || g)::uuid, (:campaigns::uuid[])[1 + g % 4] from generate_series(:from, :n) g;

insert into activity_setting (activity_id, setting)
select md5('ratios-activity' || g)::uuid, (array['FARMS','SUPERMARKETS','COMMUNITIES','ENTERPRISES'])[1 + (g / 4) % 4]
from generate_series(:from, :n) g;
analyze activity; analyze activity_campaign; analyze activity_setting;
\else
-- what ActivityScheduled / ActivityCompleted / ActivityCancelled leave in the projection (planned ones never left)
insert into activity_projection (activity_id, campaign_ids, provincial_unit, activity_type, settings, status,
                                 actual_participants, media_items, last_event_id, updated_at, source_version)
select md5('ratios-activity' || g)::uuid, array[(:campaigns::uuid[])[1 + g % 4]],
       (:units::varchar[])[1 + g % 32],
       (array['knowledge-lecture','skills-training','technical-service','on-site-guidance','experience-event',
              'exhibition','media-campaign'])[1 + (g / 7) % 7],
       array[(array['farms','supermarkets','communities','enterprises'])[1 + (g / 4) % 4]]::varchar[],
       (array['planned','published','published','published','completed','completed','cancelled'])[1 + g % 7],
       case when g % 7 in (4, 5) then 40 + g % 150 else 0 end, case when g % 7 in (4, 5) then g % 4 else 0 end,
       md5('ratios-event' || g), now(), case when g % 7 in (1, 2, 3) then 1 else 2 end
from generate_series(:from, :n) g where g % 7 <> 0;
analyze activity_projection;
\endif
