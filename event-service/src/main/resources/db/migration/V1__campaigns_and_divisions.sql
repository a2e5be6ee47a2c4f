-- Administrative divisions (行政区划, GB/T 2260) and the 32 provincial units that report to the national office.
create table division (
    code         varchar(6)   primary key,
    name_zh      varchar(100) not null,
    name_en      varchar(100) not null,
    level        varchar(20)  not null check (level in ('PROVINCIAL_UNIT', 'CITY', 'COUNTY')),
    parent_code  varchar(6) references division (code),
    sort_order   integer      not null default 0
);
create index division_parent on division (parent_code);

-- A campaign edition (e.g. the 2022 Organic Product Certification Week).
create table campaign (
    id                 uuid         primary key,
    kind               varchar(40)  not null,
    year               integer      not null,
    name_zh            varchar(200) not null,
    name_en            varchar(200),
    theme_zh           varchar(400),
    theme_en           varchar(400),
    window_start       date         not null,
    window_end         date         not null,
    reporting_deadline date         not null,
    launch_city        varchar(6),
    launch_date        date,
    status             varchar(20)  not null,
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    published_at       timestamptz,
    version            bigint       not null default 0,
    constraint campaign_window check (window_end >= window_start),
    constraint campaign_deadline check (reporting_deadline > window_end)
);
create index campaign_listing on campaign (window_start desc, id);
