-- Versioned events: every event carries its aggregate's version, a number that grows by one with each event of
-- that aggregate (platform Outbox). It is kept here rather than read from the outbox, which the retention purge
-- empties. Writers of one aggregate serialise on its row, so versions follow commit order.
create table aggregate_version (
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(100) not null,
    version        bigint       not null,
    primary key (aggregate_type, aggregate_id)
);
alter table outbox_event add column aggregate_version bigint not null default 0;
