-- What a province submitted is kept as it was sent: a review adds its outcome and comments to the version, but no
-- statement may write the snapshot again, not even with the same content. ReportVersion maps the column as not
-- updatable; this holds the rule for every other writer too, and turns an ORM that rewrites it into an error.
create function refuse_snapshot_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'report_version % was submitted as it is: its snapshot is never written again', old.id
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger report_version_snapshot_written_once
    before update of snapshot on report_version
    for each row execute function refuse_snapshot_rewrite();
