-- Statistics pre-filled from the activity projection: a figure the province has not changed follows the
-- projection when refreshed; one it changed keeps its value (edited).
alter table report add column projected_at timestamptz;
alter table report_figure add column edited boolean not null default false;

-- Audio-visual attachments (音视频资料) of a report: metadata here, the bytes in the platform BlobStore.
create table report_attachment (
    id            uuid          primary key,
    obligation_id uuid          not null references obligation (id),
    kind          varchar(10)   not null,
    file_name     varchar(255)  not null,
    media_type    varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    blob_key      varchar(300)  not null,
    caption       varchar(500),
    consent_note  varchar(2000) not null,
    licence_note  varchar(2000),
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(200)  not null
);
create index report_attachment_obligation on report_attachment (obligation_id, uploaded_at);
