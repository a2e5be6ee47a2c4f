-- The live activity projection: one row per activity, overwritten by its latest activity event (the event carries
-- the activity as it now is). Figures are derived by aggregating these rows, so a redelivered event, or events of
-- different activities arriving in any order, cannot count anything twice. A merged activity (several campaigns)
-- counts for each of its campaigns.
create table activity_projection (
    activity_id         uuid          primary key,
    campaign_ids        uuid[]        not null,
    provincial_unit     varchar(6)    not null,
    activity_type       varchar(40)   not null,
    settings            varchar(40)[] not null,
    status              varchar(20)   not null,
    actual_participants integer       not null,
    media_items         integer       not null,
    last_event_id       varchar(200)  not null,
    updated_at          timestamptz   not null
);
create index activity_projection_campaigns on activity_projection using gin (campaign_ids);
