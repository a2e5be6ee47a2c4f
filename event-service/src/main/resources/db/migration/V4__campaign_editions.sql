-- Campaign editions, complete: who hosts the launch ceremony, the focus themes, the parent campaign (the year's
-- Quality Month), the edition a roll-over started from, the experience week's host slots, and the history of
-- changes made after publication.
alter table campaign
    add column launch_host_zh   varchar(200),
    add column launch_host_en   varchar(200),
    add column parent_id        uuid references campaign (id),
    add column rolled_over_from uuid references campaign (id),
    add column closed_at        timestamptz;
create unique index campaign_rolled_over_once on campaign (rolled_over_from) where rolled_over_from is not null;

-- 重点主题, e.g. 养老服务认证; in the order the national office gives them.
create table campaign_focus_theme (
    campaign_id uuid         not null references campaign (id) on delete cascade,
    position    integer      not null,
    zh          varchar(200) not null,
    en          varchar(200),
    primary key (campaign_id, position)
);

-- The Service Certification Experience Week's weeks, one provincial unit each (服务认证体验周承办省份).
create table campaign_host_slot (
    id          uuid        primary key,
    campaign_id uuid        not null references campaign (id) on delete cascade,
    province    varchar(6)  not null references division (code),
    week_start  date        not null,
    week_end    date        not null,
    constraint host_slot_week check (week_end >= week_start),
    -- deferred, so that replacing the slots in one transaction may give a province a new slot
    constraint host_slot_province_once unique (campaign_id, province) deferrable initially deferred
);

create table campaign_host_slot_theme (
    slot_id  uuid         not null references campaign_host_slot (id) on delete cascade,
    position integer      not null,
    zh       varchar(200) not null,
    en       varchar(200),
    primary key (slot_id, position)
);

-- What changed after publication, by whom and why; the window changes only with a reason.
create table campaign_change (
    id          bigint generated always as identity primary key,
    campaign_id uuid         not null references campaign (id),
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    reason      varchar(1000),
    changes     jsonb        not null
);
create index campaign_change_by_campaign on campaign_change (campaign_id, id);
