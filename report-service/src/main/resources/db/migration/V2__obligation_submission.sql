-- What timeliness and completeness are judged on: the deadline as the campaign set it, the deadline now in force
-- (moved by the campaign or by a granted extension), and when the province first submitted and was accepted.
alter table obligation add column original_deadline date;
update obligation set original_deadline = deadline;
alter table obligation alter column original_deadline set not null;
alter table obligation add column first_submitted_at timestamptz;
alter table obligation add column accepted_at timestamptz;
