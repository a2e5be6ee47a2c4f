-- Changes feed (GET /api/v1/reports/changes; platform ChangeFeed, docs/changes.md): every insert or update of a report
-- (the draft) or of its obligation (status, deadline, review) records the id of the transaction that wrote it; the
-- feed serves a report at the later of the two, once both are below the oldest transaction still running, so a report
-- whose transaction commits late is never skipped.
create or replace function set_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end
$$;

alter table report add column change_xid xid8;
update report set change_xid = pg_current_xact_id();
alter table report alter column change_xid set not null;
create trigger report_change_xid before insert or update on report
    for each row execute function set_change_xid();

alter table obligation add column change_xid xid8;
update obligation set change_xid = pg_current_xact_id();
alter table obligation alter column change_xid set not null;
create trigger obligation_change_xid before insert or update on obligation
    for each row execute function set_change_xid();
