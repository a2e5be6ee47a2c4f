-- Launch ceremonies (启动仪式) as records of their own (issue 11): one ceremony may launch several campaigns' weeks at
-- once; it has a planned place (a division down to county level) and day, and what actually happened (held as
-- planned, moved, online or hybrid with a link, cancelled). Replaces the three launch fields copied into each
-- campaign (launch_city, launch_date, launch_host_zh/en).
create table launch_ceremony (
    id                  uuid          primary key,
    title_zh            varchar(200)  not null,
    title_en            varchar(200),
    host_zh             varchar(200),
    host_en             varchar(200),
    planned_division    varchar(6)    not null references division (code),
    planned_address     varchar(500),
    planned_latitude    numeric(9, 6),
    planned_longitude   numeric(9, 6),
    planned_date        date          not null,
    planned_start_time  time,
    outcome             varchar(20)   not null
        check (outcome in ('PLANNED', 'HELD', 'MOVED', 'ONLINE', 'HYBRID', 'CANCELLED')),
    -- where and when it actually took place, once recorded (null while planned, the place null when online)
    actual_division     varchar(6)    references division (code),
    actual_address      varchar(500),
    actual_latitude     numeric(9, 6),
    actual_longitude    numeric(9, 6),
    actual_date         date,
    link                varchar(500),
    cancellation_reason varchar(1000),
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint launch_ceremony_link check (outcome not in ('ONLINE', 'HYBRID') or link is not null),
    constraint launch_ceremony_reason check (outcome <> 'CANCELLED' or cancellation_reason is not null)
);
-- the public list and the feeds go by the day it is (or was) held
create index launch_ceremony_by_day on launch_ceremony ((coalesce(actual_date, planned_date)), id);

-- The campaigns a ceremony launches; a campaign may have more than one ceremony (a warning, not a refusal).
create table launch_ceremony_campaign (
    ceremony_id uuid not null references launch_ceremony (id) on delete cascade,
    campaign_id uuid not null references campaign (id),
    primary key (ceremony_id, campaign_id)
);
create index launch_ceremony_by_campaign on launch_ceremony_campaign (campaign_id);

-- Every campaign's launch fields become a ceremony of its own: HELD (as planned) when the campaign is closed, since
-- the edition is over; PLANNED otherwise, for the national office to record what happened. The title is the
-- campaign's name followed by 启动仪式; the host stays as it was (often empty).
create temporary table launch_migrated on commit drop as
    select gen_random_uuid() as ceremony_id, c.*
    from campaign c where c.launch_city is not null and c.launch_date is not null;

insert into launch_ceremony (id, title_zh, title_en, host_zh, host_en, planned_division, planned_date, outcome,
        actual_division, actual_date, created_by, created_at, updated_at)
    select m.ceremony_id, left(m.name_zh, 196) || '启动仪式',
           case when m.name_en is null then null else left(m.name_en, 183) || ' launch ceremony' end,
           m.launch_host_zh, m.launch_host_en, m.launch_city, m.launch_date,
           case when m.status = 'CLOSED' then 'HELD' else 'PLANNED' end,
           case when m.status = 'CLOSED' then m.launch_city end,
           case when m.status = 'CLOSED' then m.launch_date end,
           m.created_by, m.updated_at, m.updated_at
    from launch_migrated m
    -- a launch city the division table never knew cannot be a planned place: such a launch is left out
    where exists (select 1 from division d where d.code = m.launch_city);

insert into launch_ceremony_campaign (ceremony_id, campaign_id)
    select m.ceremony_id, m.id from launch_migrated m join launch_ceremony l on l.id = m.ceremony_id;

alter table campaign
    drop column launch_city,
    drop column launch_date,
    drop column launch_host_zh,
    drop column launch_host_en;
