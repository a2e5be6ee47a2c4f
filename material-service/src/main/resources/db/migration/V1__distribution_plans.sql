-- A campaign's poster distribution plan (宣传海报邮寄): opened empty when the campaign is published; quantities
-- per material and provincial unit come with the catalogue.
create table distribution_plan (
    id          uuid        primary key,
    campaign_id uuid        not null,
    status      varchar(20) not null,
    opened_at   timestamptz not null,
    version     bigint      not null default 0,
    constraint distribution_plan_once unique (campaign_id)
);

-- The provincial units a plan distributes to, as the campaign named them.
create table distribution_recipient (
    plan_id          uuid         not null references distribution_plan (id),
    division_code    varchar(6)   not null,
    division_name_zh varchar(100) not null,
    primary key (plan_id, division_code)
);
