-- One reporting obligation (报送任务) per campaign × provincial unit: the activity summary, media coverage and
-- audio-visual material due by the campaign's deadline (end of that day, Asia/Shanghai).
create table obligation (
    id                 uuid         primary key,
    campaign_id        uuid         not null,
    division_code      varchar(6)   not null,
    division_name_zh   varchar(100) not null,
    division_name_en   varchar(100),
    deadline           date         not null,
    status             varchar(20)  not null,
    opened_at          timestamptz  not null,
    version            bigint       not null default 0,
    constraint obligation_once unique (campaign_id, division_code)
);
