-- Platform tables, identical in every service database (Flyway location db/platform).
-- Platform migrations are numbered 0.x so that they sort before each service's own (1 and up);
-- the services run Flyway with out-of-order enabled, so a later 0.x migration still applies.

-- Transactional outbox: written in the same transaction as the state change it announces.
create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(100) not null,
    event_type     varchar(100) not null,
    occurred_at    timestamptz  not null,
    payload        jsonb        not null,
    sent_at        timestamptz,
    attempts       integer      not null default 0,
    last_error     text
);
create index outbox_event_pending on outbox_event (id) where sent_at is null;

-- Idempotent consumers: the id of every event a consumer has applied, recorded with its effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(100) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
