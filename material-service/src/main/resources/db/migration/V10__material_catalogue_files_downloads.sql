-- The catalogue's own columns on the shared material table: who created it, when it last changed or was withdrawn,
-- and which file version is current (null until one is published).
alter table material add column created_by      varchar(200);
alter table material add column updated_at      timestamptz;
alter table material add column withdrawn_at    timestamptz;
alter table material add column current_version integer;

-- Every uploaded file of a material (文件版本); numbered 1, 2, … per material. The bytes live in the blob store
-- under storage_key; a version is offered to downloaders once published (made current).
create table material_file (
    material_id  uuid         not null references material (id),
    version      integer      not null,
    file_name    varchar(255) not null,
    media_type   varchar(150) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    storage_key  varchar(300) not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null,
    published_at timestamptz,
    primary key (material_id, version)
);

-- Downloads counted per material, version, China day and provincial unit (null: anonymous or national callers).
-- reported is what MaterialDownloaded events have announced so far; downloads - reported is still to be sent.
create table material_download_count (
    material_id     uuid        not null references material (id),
    version         integer     not null,
    day             date        not null,
    provincial_unit varchar(6),
    downloads       bigint      not null,
    reported        bigint      not null default 0,
    counted_since   timestamptz not null,
    reported_at     timestamptz,
    constraint material_download_count_key unique nulls not distinct (material_id, version, day, provincial_unit)
);
create index material_download_count_unreported on material_download_count (material_id) where downloads > reported;

-- The version of each material a provincial unit fetched last: what its MaterialUpdateAvailable events compare.
create table material_fetch (
    provincial_unit varchar(6)  not null,
    material_id     uuid        not null references material (id),
    version         integer     not null,
    fetched_at      timestamptz not null,
    primary key (provincial_unit, material_id)
);
create index material_fetch_by_material on material_fetch (material_id);
