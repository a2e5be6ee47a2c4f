-- The live material projections. One row per shipment, each shipment event setting its own columns (dispatched,
-- received, cancelled), so a redelivered event cannot count twice; figures are aggregated on read. A cancelled
-- shipment counts for nothing.
create table shipment_projection (
    shipment_id       uuid         primary key,
    campaign_id       uuid         not null,
    provincial_unit   varchar(6)   not null,
    dispatched        boolean      not null default false,
    copies_dispatched bigint       not null default 0,
    received          boolean      not null default false,
    copies_received   bigint       not null default 0,
    copies_damaged    bigint       not null default 0,
    cancelled         boolean      not null default false,
    updated_at        timestamptz  not null
);
create index shipment_projection_campaign on shipment_projection (campaign_id, provincial_unit);

-- MaterialDownloaded carries the downloads added since the previous event: one row per event, summed on read, so
-- the same event twice is one row. A null unit is an anonymous or national download.
create table download_projection (
    event_id        varchar(200) primary key,
    campaign_id     uuid         not null,
    provincial_unit varchar(6),
    downloads       bigint       not null
);
create index download_projection_campaign on download_projection (campaign_id, provincial_unit);
