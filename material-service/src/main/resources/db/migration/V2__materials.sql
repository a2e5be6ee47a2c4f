-- The catalogue of a campaign's promotional materials (宣传资料): posters, brochures, annual reports, best-practice
-- collections, videos, slides. Files and their versions, downloads and distribution build on this table.
create table material (
    id             uuid         primary key,
    campaign_id    uuid         not null,
    kind           varchar(30)  not null,  -- POSTER, BROCHURE, ANNUAL_REPORT, BEST_PRACTICES, VIDEO, SLIDES, OTHER
    title_zh       varchar(300) not null,
    title_en       varchar(300),
    description_zh text,
    description_en text,
    delivery       varchar(20)  not null,  -- POST, DOWNLOAD, BOTH
    access         varchar(20)  not null,  -- PUBLIC, OFFICIALS
    status         varchar(20)  not null,  -- DRAFT, PUBLISHED, WITHDRAWN
    created_at     timestamptz  not null,
    published_at   timestamptz,
    version        bigint       not null default 0
);
create index material_by_campaign on material (campaign_id, created_at, id);
