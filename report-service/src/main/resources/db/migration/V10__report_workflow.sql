-- The provinces' summary reports (活动总结) and what happens to them: the draft, its statistics, the submitted
-- versions with their review, deadline extensions, the media coverage register and the reminders already sent.

-- A granted extension's date: a moved campaign deadline never takes an obligation below it.
alter table obligation add column extended_deadline date;

-- The draft: one per obligation, made when the obligation opens; its version is the ETag of edits.
create table report (
    obligation_id uuid         primary key references obligation (id),
    done          text,
    innovations   text,
    problems      text,
    suggestions   text,
    updated_at    timestamptz,
    updated_by    varchar(200),
    version       bigint       not null default 0
);
insert into report (obligation_id) select id from obligation;

-- Figures of the draft: the projection's value (from activity events) next to the value the province reports.
create table report_figure (
    obligation_id uuid         not null references report (obligation_id),
    figure        varchar(120) not null,
    projected     bigint,
    reported      bigint,
    primary key (obligation_id, figure)
);

-- Each submission, kept whole as it was sent (jsonb), numbered 1, 2, …; a return carries the review comments.
create table report_version (
    id              uuid         primary key,
    obligation_id   uuid         not null references obligation (id),
    number          int          not null,
    submitted_at    timestamptz  not null,
    submitted_by    varchar(200) not null,
    snapshot        jsonb        not null,
    outcome         varchar(20),
    review_comments text,
    reviewed_at     timestamptz,
    reviewed_by     varchar(200),
    constraint report_version_once unique (obligation_id, number)
);

-- Deadline extensions (延期申请): asked by the province with a reason, granted with a date or refused.
create table deadline_extension (
    id                 uuid         primary key,
    obligation_id      uuid         not null references obligation (id),
    requested_deadline date         not null,
    reason             text         not null,
    requested_at       timestamptz  not null,
    requested_by       varchar(200) not null,
    status             varchar(20)  not null,
    granted_deadline   date,
    decision_note      text,
    decided_at         timestamptz,
    decided_by         varchar(200)
);
create index deadline_extension_obligation on deadline_extension (obligation_id, requested_at);
-- At most one request waits for a decision per obligation.
create unique index deadline_extension_one_open on deadline_extension (obligation_id) where status = 'REQUESTED';

-- Media coverage register (媒体报道); normalized_url finds the same article reported twice.
create table media_item (
    id             uuid          primary key,
    obligation_id  uuid          not null references obligation (id),
    campaign_id    uuid          not null,
    division_code  varchar(6)    not null,
    outlet         varchar(200)  not null,
    level          varchar(20)   not null,
    medium         varchar(20)   not null,
    title          varchar(500)  not null,
    url            varchar(2000) not null,
    normalized_url varchar(2000) not null,
    published_on   date          not null,
    reach          bigint,
    added_at       timestamptz   not null
);
create index media_item_obligation on media_item (obligation_id, added_at);
create index media_item_campaign_url on media_item (campaign_id, normalized_url);

-- Reminders already emitted: a DeadlineApproaching per configured day count and a DeadlineMissed, once per
-- deadline (a granted extension re-arms them). Written in the same transaction as the outbox row.
create table reminder_sent (
    obligation_id uuid        not null references obligation (id),
    kind          varchar(20) not null,
    days_before   int         not null,
    deadline      date        not null,
    sent_at       timestamptz not null,
    primary key (obligation_id, kind, days_before, deadline)
);
