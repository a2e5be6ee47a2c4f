-- Activities (宣传活动) that bureaus schedule under one or more published campaigns. A merged activity
-- (可根据本辖区实际合并开展) belongs to several campaigns and counts for each.
create table activity (
    id                     uuid         primary key,
    type                   varchar(30)  not null,
    title_zh               varchar(200) not null,
    title_en               varchar(200),
    description_zh         varchar(4000),
    description_en         varchar(4000),
    division_code          varchar(6)   not null references division (code),
    provincial_unit        varchar(6)   not null references division (code),
    venue_address          varchar(300),
    latitude               numeric(9, 6),
    longitude              numeric(9, 6),
    starts_at              timestamptz  not null,
    ends_at                timestamptz  not null,
    format                 varchar(10)  not null,
    expected_participants  integer,
    visibility             varchar(10)  not null,
    voluntary_participation boolean     not null,
    no_fee                 boolean      not null,
    contact_name           varchar(100),
    contact_phone          varchar(40),
    status                 varchar(20)  not null,
    actual_participants    integer,
    media_items            integer,
    photo_count            integer,
    outcome_note           varchar(4000),
    cancel_reason          varchar(1000),
    scheduled_by           varchar(200) not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    constraint activity_times check (ends_at > starts_at),
    -- 严禁摊派收费: no activity exists without both declarations
    constraint activity_declarations check (voluntary_participation and no_fee)
);
create index activity_by_start on activity (starts_at, id);
create index activity_by_unit on activity (provincial_unit, starts_at, id);
create index activity_by_division on activity (division_code, starts_at);

create table activity_campaign (
    activity_id uuid not null references activity (id) on delete cascade,
    campaign_id uuid not null references campaign (id),
    primary key (activity_id, campaign_id)
);
create index activity_campaign_by_campaign on activity_campaign (campaign_id, activity_id);

create table activity_setting (
    activity_id uuid        not null references activity (id) on delete cascade,
    setting     varchar(20) not null,
    primary key (activity_id, setting)
);

create table activity_certification_body (
    activity_id uuid         not null references activity (id) on delete cascade,
    org         varchar(100) not null,
    primary key (activity_id, org)
);

create table activity_invited_media (
    activity_id uuid         not null references activity (id) on delete cascade,
    position    integer      not null,
    outlet      varchar(200) not null,
    primary key (activity_id, position)
);

create table activity_change (
    id          bigint generated always as identity primary key,
    activity_id uuid         not null references activity (id),
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    reason      varchar(1000),
    changes     jsonb        not null
);
create index activity_change_by_activity on activity_change (activity_id, id);
