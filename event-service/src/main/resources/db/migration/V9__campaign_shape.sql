-- Campaigns as they really happen (issue 11): themes as a list, umbrella series, and who owes which reports.

-- Themes (主题), each with its scope and bilingual text: World Accreditation Day has an international theme and a
-- domestic one. The single theme of earlier editions becomes their national theme.
create table campaign_theme (
    campaign_id uuid         not null references campaign (id) on delete cascade,
    position    integer      not null,
    scope       varchar(20)  not null check (scope in ('NATIONAL', 'INTERNATIONAL', 'DOMESTIC', 'OTHER')),
    zh          varchar(400) not null,
    en          varchar(400),
    primary key (campaign_id, position)
);
insert into campaign_theme (campaign_id, position, scope, zh, en)
    select id, 0, 'NATIONAL', theme_zh, theme_en from campaign where theme_zh is not null;
alter table campaign drop column theme_zh, drop column theme_en;

-- The umbrella series an edition belongs to (a campaign of kind SERIES, e.g. 全国质量认证系列宣传体验周), and the
-- lookups by parent and by series that the ?parent= and ?series= filters and the figures of a parent need.
alter table campaign add column series_id uuid references campaign (id);
create index campaign_by_series on campaign (series_id) where series_id is not null;
create index campaign_by_parent on campaign (parent_id) where parent_id is not null;

-- Who owes which reports (报送要求): the provincial units (all, or those listed), the certification bodies the notice
-- names, an activity plan (活动方案) due before the window, a summary due on the reporting deadline; an archived
-- edition is a past one recorded afterwards (no reminders). A campaign that owes no summary has no deadline.
alter table campaign
    add column reporting_mode      varchar(20) not null default 'LIVE' check (reporting_mode in ('LIVE', 'ARCHIVE')),
    add column reporting_all_units boolean     not null default true,
    add column activity_plan_due   date,
    add column summary_owed        boolean     not null default true,
    alter column reporting_deadline drop not null,
    drop constraint campaign_deadline,
    add constraint campaign_deadline check (reporting_deadline is null or reporting_deadline > window_end),
    add constraint campaign_summary_deadline check (not summary_owed or reporting_deadline is not null);

create table campaign_reporting_unit (
    campaign_id uuid       not null references campaign (id) on delete cascade,
    code        varchar(6) not null references division (code),
    primary key (campaign_id, code)
);

create table campaign_reporting_body (
    campaign_id uuid        not null references campaign (id) on delete cascade,
    body_id     varchar(40) not null,
    primary key (campaign_id, body_id)
);
