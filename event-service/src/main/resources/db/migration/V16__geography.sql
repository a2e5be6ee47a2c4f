-- Activities near a point (issue 12). cube and earthdistance are contrib extensions that ship with PostgreSQL
-- itself (no PostGIS install, so the README's two commands still build on a fresh machine); both are trusted
-- extensions since PostgreSQL 13, so the database owner may create them without being a superuser.
-- ll_to_earth(latitude, longitude) places a point on the earth as a 3-D cube point; the GiST index below answers
-- both "within r metres" (earth_box(centre, r) @> point, then the exact earth_distance) and "nearest first"
-- (ORDER BY point <-> centre, a k-nearest-neighbour walk of the index: the chord distance <-> grows with the
-- great-circle distance, so the orders agree). Only located activities are indexed; the others are never near.
create extension if not exists cube;
create extension if not exists earthdistance;

create index activity_near on activity
    using gist (ll_to_earth(cast(latitude as float8), cast(longitude as float8)))
    where latitude is not null and longitude is not null;
