-- Starts from an empty activity table (the script truncates it).
-- 1,000,000 activities for the list benchmark (docs/benchmarks/activity-list.sh), deterministic (setseed).
-- 40 published campaigns: ten years (2022–2031) × four kinds, one week (or the month) each in September;
-- activities spread over the 32 provincial units and their cities, inside their campaign's window; one in
-- ten merged into a second campaign of the same year; one setting each.
do $$ begin perform setseed(0.42); end $$;

insert into campaign (id, kind, year, name_zh, window_start, window_end, reporting_deadline, status, created_by,
                      created_at, updated_at, published_at)
select md5('campaign' || y || k)::uuid, k, y, y || '年' || k,
       make_date(y, 9, case k when 'ORGANIC_PRODUCT_WEEK' then 15 when 'GREEN_PRODUCT_WEEK' then 22 else 1 end),
       make_date(y, 9, case k when 'ORGANIC_PRODUCT_WEEK' then 21 when 'GREEN_PRODUCT_WEEK' then 28 else 30 end),
       make_date(y, 10, 14), 'PUBLISHED', 'benchmark', now(), now(), now()
from generate_series(2022, 2031) y,
     unnest(array['ORGANIC_PRODUCT_WEEK', 'GREEN_PRODUCT_WEEK', 'SERVICE_EXPERIENCE_WEEK', 'QUALITY_MONTH']) k;

create temporary table place as
select row_number() over (order by code) - 1 as n, code, coalesce(provincial_unit, code) as unit
from division where level in ('PROVINCIAL_UNIT', 'CITY');

create temporary table campaigns as
select array_agg(id order by id) as ids from campaign where created_by = 'benchmark';

-- random() outside the sub-select: drawn for every row, not once for the statement
create temporary table draw as
select g as n,
       (select ids from campaigns)[1 + floor(random() * 40)::int] as campaign,
       floor(random() * (select count(*) from place))::int as place,
       random() as r1, random() as r2, random() as r3
from generate_series(1, 1000000) g;

insert into activity (id, type, title_zh, division_code, provincial_unit, venue_address, starts_at, ends_at,
                      format, expected_participants, visibility, voluntary_participation, no_fee, status,
                      scheduled_by, created_at, updated_at)
select md5('activity' || d.n)::uuid,
       (array['KNOWLEDGE_LECTURE','SKILLS_TRAINING','TECHNICAL_SERVICE','ON_SITE_GUIDANCE','EXPERIENCE_EVENT',
              'EXHIBITION','MEDIA_CAMPAIGN','ONLINE'])[1 + floor(d.r1 * 8)::int],
       '认证宣传活动' || d.n || (array['有机产品','绿色产品','服务认证','知识讲解'])[1 + floor(d.r2 * 4)::int],
       p.code, p.unit, '活动中心' || (d.n % 97),
       (c.window_start + floor(d.r3 * (c.window_end - c.window_start + 1))::int + time '09:00'
            + (d.n % 8) * interval '1 hour') at time zone 'Asia/Shanghai',
       (c.window_start + floor(d.r3 * (c.window_end - c.window_start + 1))::int + time '10:30'
            + (d.n % 8) * interval '1 hour') at time zone 'Asia/Shanghai',
       'OFFLINE', 50 + d.n % 200, case when d.n % 7 = 0 then 'INTERNAL' else 'PUBLIC' end, true, true,
       (array['PLANNED','PUBLISHED','PUBLISHED','PUBLISHED','COMPLETED','COMPLETED','CANCELLED'])[1 + d.n % 7],
       'benchmark', now(), now()
from draw d join place p on p.n = d.place join campaign c on c.id = d.campaign;

insert into activity_campaign (activity_id, campaign_id)
select md5('activity' || d.n)::uuid, d.campaign from draw d;

-- one in ten merged with the year's Quality Month (its window holds every week of that September)
insert into activity_campaign (activity_id, campaign_id)
select md5('activity' || d.n)::uuid, md5('campaign' || c.year || 'QUALITY_MONTH')::uuid
from draw d join campaign c on c.id = d.campaign
where d.n % 10 = 0 and c.kind <> 'QUALITY_MONTH';

insert into activity_setting (activity_id, setting)
select md5('activity' || d.n)::uuid,
       (array['FARMS','SUPERMARKETS','COMMUNITIES','ENTERPRISES','SCHOOLS'])[1 + d.n % 5]
from draw d;

analyze;
