-- Notices (通知) announcing campaigns (issue 11): the document number (文号), who issued it and when, its title and
-- text, whom it addresses, the campaigns it announces, and the signed file (PDF or OFD) kept in the blob store.
create table notice (
    id                   uuid          primary key,
    document_number      varchar(100)  not null,
    issuer_zh            varchar(200)  not null,
    issuer_en            varchar(200),
    issued_on            date          not null,
    title_zh             varchar(200)  not null,
    title_en             varchar(200),
    body                 text          check (char_length(body) <= 100000),
    -- addressees: every provincial unit (各省、自治区、直辖市和新疆生产建设兵团市场监管局), and/or those listed below
    all_provincial_units boolean       not null default false,
    status               varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED')),
    -- the signed file: where the blob store keeps it, and what it is
    file_key             varchar(200),
    file_name            varchar(255),
    file_media_type      varchar(100),
    file_size_bytes      bigint,
    file_sha256          varchar(64),
    file_uploaded_at     timestamptz,
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    published_at         timestamptz,
    version              bigint        not null default 0,
    constraint notice_file_complete check ((file_key is null) = (file_sha256 is null))
);
-- A document number names one notice; the demo seed recognises its own notice by it.
create unique index notice_document_number on notice (document_number);
create index notice_by_issue on notice (issued_on desc, id);

create table notice_provincial_unit (
    notice_id uuid       not null references notice (id) on delete cascade,
    code      varchar(6) not null references division (code),
    primary key (notice_id, code)
);

-- 各相关认证机构: the certification bodies approved for a scheme, e.g. organic-product.
create table notice_body_scheme (
    notice_id uuid        not null references notice (id) on delete cascade,
    scheme    varchar(40) not null,
    primary key (notice_id, scheme)
);

create table notice_campaign (
    notice_id   uuid    not null references notice (id) on delete cascade,
    position    integer not null,
    campaign_id uuid    not null references campaign (id),
    primary key (notice_id, position),
    unique (notice_id, campaign_id)
);
create index notice_campaign_by_campaign on notice_campaign (campaign_id);
