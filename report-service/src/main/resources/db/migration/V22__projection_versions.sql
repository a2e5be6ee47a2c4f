-- The version rule (docs/asyncapi.yaml, ce_aggregateversion): each projection row remembers the aggregate version of
-- the state event it holds, and a state event is applied only when it is newer, so a redelivered, redriven or
-- replayed older event changes nothing. 0 is an event written before versions existed: such events are applied as
-- before (the last one wins) only while the row holds 0 too.
alter table activity_projection add column source_version bigint not null default 0;
alter table shipment_projection add column source_version bigint not null default 0;

-- The campaigns the obligations follow: the reporting deadline of the newest campaign event applied (CampaignPublished,
-- CampaignUpdated, CampaignClosed), so an obligation created late (a rebuild) gets the latest deadline, not that of
-- the event that opened it. A projection of campaign.events: a rebuild empties and replays it; the obligations and
-- their reports are never deleted.
create table campaign_projection (
    campaign_id        uuid        primary key,
    reporting_deadline date        not null,
    source_version     bigint      not null,
    updated_at         timestamptz not null
);
