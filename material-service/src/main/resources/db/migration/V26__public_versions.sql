-- The version of what the public sees, per scope, for HTTP caching (platform PublicVersions / PublicCacheFilter); the
-- same shape as event-service's V19__public_versions.sql, which explains it: deferred triggers bump a scope at commit,
-- under the row 'all' first, so counters follow commit order and no write path can forget to bump.
create table public_change (
    scope      text primary key,
    counter    bigint      not null default 0,
    changed_at timestamptz not null default now()
);

insert into public_change (scope) values ('all'), ('materials');

create function public_change_bump() returns trigger language plpgsql as $$
declare
    mark text := 'public_change.' || replace(tg_argv[0], '-', '_');
begin
    if current_setting(mark, true) is distinct from 'bumped' then
        perform set_config(mark, 'bumped', true);
        update public_change set counter = counter + 1, changed_at = clock_timestamp() where scope = 'all';
        update public_change set counter = counter + 1, changed_at = clock_timestamp() where scope = tg_argv[0];
    end if;
    return null;
end $$;

-- the catalogue and its file versions; download counts and shipments are not public
create constraint trigger material_public_change after insert or update or delete on material
    deferrable initially deferred for each row execute function public_change_bump('materials');
create constraint trigger material_file_public_change after insert or update or delete on material_file
    deferrable initially deferred for each row execute function public_change_bump('materials');
