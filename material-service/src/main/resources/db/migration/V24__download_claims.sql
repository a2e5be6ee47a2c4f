-- Who has started a download of which file version lately: a download counts once per caller, version and window
-- (material-service.downloads.window). caller is 'user:' and the token's principal, or 'address:' and the SHA-256
-- of an anonymous client's address; rows older than the window are pruned by the download report job, so an
-- address hash is kept for minutes, not for ever.
create table material_download_claim (
    material_id uuid        not null references material (id),
    version     integer     not null,
    caller      text        not null,
    counted_at  timestamptz not null,
    primary key (material_id, version, caller)
);
create index material_download_claim_counted_at on material_download_claim (counted_at);
