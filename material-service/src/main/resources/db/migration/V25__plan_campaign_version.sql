-- The version rule (docs/asyncapi.yaml, ce_aggregateversion): a plan remembers the aggregate version of the newest
-- CampaignPublished it took its recipients from, so an older one (redelivered, redriven, replayed from another
-- partition) adds nothing. 0: no versioned event applied yet (events written before versions existed). Separate
-- from the plan's own version, which is the ETag of its edits and must not move when an event is replayed.
alter table distribution_plan add column campaign_version bigint not null default 0;
