-- Changes feed (GET /api/v1/materials/changes; platform ChangeFeed, docs/changes.md): every insert or update of a
-- material records the id of the transaction that wrote it; the feed serves rows below the oldest transaction still
-- running, in (change_xid, id) order, so a material whose transaction commits late is never skipped. A new file
-- version changes the material's row (currentVersion, @Version), so it comes back to the feed.
create or replace function set_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

alter table material add column change_xid xid8;
update material set change_xid = pg_current_xact_id();
alter table material alter column change_xid set not null;
create index material_changes on material (change_xid, id);
create trigger material_change_xid before insert or update on material
    for each row execute function set_change_xid();
