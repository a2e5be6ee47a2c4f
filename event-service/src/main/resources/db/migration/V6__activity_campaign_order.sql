-- A campaign's activities in start order, straight from an index: the link row carries the activity's start.
-- Without it, "activities of campaign X by start" walks activity_by_start from the first activity ever until
-- it has found a page of X's (measured: 2.4 s on 1,000,000 activities for a 2027 campaign; see
-- docs/benchmarks.md). The column is kept by triggers, never by the application.
alter table activity_campaign add column starts_at timestamptz;

create function activity_campaign_starts_at() returns trigger language plpgsql as $$
begin
    select starts_at into new.starts_at from activity where id = new.activity_id;
    return new;
end $$;

create trigger activity_campaign_starts_at before insert or update of activity_id on activity_campaign
    for each row execute function activity_campaign_starts_at();

create function activity_starts_at_moved() returns trigger language plpgsql as $$
begin
    update activity_campaign set starts_at = new.starts_at where activity_id = new.id;
    return null;
end $$;

create trigger activity_starts_at_moved after update of starts_at on activity
    for each row when (old.starts_at is distinct from new.starts_at)
    execute function activity_starts_at_moved();

update activity_campaign ac set starts_at = a.starts_at from activity a where a.id = ac.activity_id;
alter table activity_campaign alter column starts_at set not null;
create index activity_campaign_in_order on activity_campaign (campaign_id, starts_at, activity_id);
drop index activity_campaign_by_campaign;
