-- The public materials of each campaign (issue 12), as material-service announces them on material.events: a
-- projection, so that the public campaign page answers in one request without calling material-service. Written
-- only by the material event listener; material-service stays the owner of the catalogue and of the files.
create table public_material (
    material_id      uuid          primary key,
    campaign_id      uuid          not null,
    kind             varchar(30)   not null,
    title_zh         varchar(200)  not null,
    title_en         varchar(200),
    -- post, download or both: only downloadable ones have a file to link to
    delivery         varchar(10)   not null,
    -- public or officials: the public page shows public ones only, but the row is kept so that a later change
    -- of access is applied in order
    access           varchar(10)   not null,
    -- false once withdrawn (or no longer public): the row stays to hold the version, so that an older event
    -- arriving late cannot bring it back
    listed           boolean       not null,
    published_at     timestamptz,
    -- the current file as MaterialVersionPublished last said it; null while the material has no public file yet
    file_version     integer,
    file_name        varchar(255),
    file_media_type  varchar(100),
    file_size_bytes  bigint,
    file_sha256      varchar(64),
    -- the material aggregate's version (CloudEvent extension aggregateversion) of the last event applied: an
    -- event with a version at or below it is older news and changes nothing
    event_version    bigint        not null,
    updated_at       timestamptz   not null
);
-- no foreign key to campaign: an event may name a campaign this service has not got (another environment's topic)
create index public_material_by_campaign on public_material (campaign_id, published_at, material_id)
    where listed;
