-- The version of what the public sees, per scope, for HTTP caching (platform PublicVersions / PublicCacheFilter):
-- a conditional GET of a public list or feed reads one row here instead of running the list's query.
--
-- Triggers bump a scope when a row of one of its tables is written, so no write path (a service method, the import,
-- a division release, a fix by hand) can forget it. They are deferred constraint triggers: they run at COMMIT, so the
-- row lock they take is held for the commit only (a long transaction does not hold up other writers), and the counter
-- values follow commit order: a reader that saw counter N has seen every change committed before N. Every bump locks
-- the row 'all' first, one lock order for all, so two commits bumping several scopes cannot deadlock.
create table public_change (
    scope      text primary key,
    counter    bigint      not null default 0,
    changed_at timestamptz not null default now()
);

insert into public_change (scope) values
    ('all'), ('activities'), ('campaigns'), ('launch-ceremonies'), ('notices'), ('certification-bodies'), ('divisions');

create function public_change_bump() returns trigger language plpgsql as $$
declare
    mark text := 'public_change.' || replace(tg_argv[0], '-', '_');
begin
    -- once per transaction and scope: the first row bumps, the rest of the transaction's rows see the mark
    if current_setting(mark, true) is distinct from 'bumped' then
        perform set_config(mark, 'bumped', true);
        update public_change set counter = counter + 1, changed_at = clock_timestamp() where scope = 'all';
        update public_change set counter = counter + 1, changed_at = clock_timestamp() where scope = tg_argv[0];
    end if;
    return null;
end $$;

do $$
declare
    watched constant text[][] := array[
        ['activity', 'activities'], ['activity_campaign', 'activities'], ['activity_setting', 'activities'],
        ['activity_certification_body', 'activities'], ['activity_invited_media', 'activities'],
        ['campaign', 'campaigns'], ['campaign_theme', 'campaigns'], ['campaign_focus_theme', 'campaigns'],
        ['campaign_host_slot', 'campaigns'], ['campaign_host_slot_theme', 'campaigns'],
        ['campaign_reporting_unit', 'campaigns'], ['campaign_reporting_body', 'campaigns'],
        ['launch_ceremony', 'launch-ceremonies'], ['launch_ceremony_campaign', 'launch-ceremonies'],
        ['notice', 'notices'], ['notice_provincial_unit', 'notices'], ['notice_body_scheme', 'notices'],
        ['notice_campaign', 'notices'],
        ['certification_body', 'certification-bodies'], ['certification_body_scheme', 'certification-bodies'],
        ['division', 'divisions'], ['division_successor', 'divisions'], ['division_former_name', 'divisions']];
    i int;
begin
    for i in 1 .. array_length(watched, 1) loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                || 'deferrable initially deferred for each row execute function public_change_bump(%L)',
                watched[i][1] || '_public_change', watched[i][1], watched[i][2]);
    end loop;
end $$;
