-- Changes feeds (GET /api/v1/activities/changes, /campaigns/changes, /public/activities/changes; platform ChangeFeed,
-- docs/changes.md). Every insert or update of a fed row records the id of the transaction that wrote it; the feed
-- serves rows below the oldest transaction still running, in (change_xid, id) order, so a row whose transaction
-- commits late is never skipped. A change to an activity's or campaign's collections (campaigns, settings, themes,
-- host slots...) increments the owner's @Version, so the owner's row is updated and gets the newer id too.
create or replace function set_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

alter table activity add column change_xid xid8;
update activity set change_xid = pg_current_xact_id();
alter table activity alter column change_xid set not null;
create index activity_changes on activity (change_xid, id);
create trigger activity_change_xid before insert or update on activity
    for each row execute function set_change_xid();

alter table campaign add column change_xid xid8;
update campaign set change_xid = pg_current_xact_id();
alter table campaign alter column change_xid set not null;
create index campaign_changes on campaign (change_xid, id);
create trigger campaign_change_xid before insert or update on campaign
    for each row execute function set_change_xid();
