-- The same-venue warning asks "which live activities of this division at this address overlap [start, end)?".
-- With only (division_code, starts_at) it walked every earlier activity of the division (8 ms per schedule with
-- 500 activities, 26 ms with 20,000). A GiST index holds the equality columns and the time range together
-- (btree_gist supplies the GiST operator classes for the plain columns), so the search is bounded on both ends of
-- the range and its cost does not grow with history; see docs/benchmarks.md. btree_gist is a trusted extension
-- (PostgreSQL 13+): the database owner may create it without being a superuser.
create extension if not exists btree_gist;

create index activity_venue_overlap on activity
    using gist (division_code, lower(venue_address), tstzrange(starts_at, ends_at))
    where venue_address is not null and status <> 'CANCELLED';

-- The launch-ceremony warning: live launch ceremonies are few (about one per campaign), so finding a campaign's
-- starts from them rather than from the campaign's possibly thousands of activities.
create index activity_live_launch_ceremonies on activity (id)
    where type = 'LAUNCH_CEREMONY' and status <> 'CANCELLED';
