-- Webhooks for partners (platform webhook package): subscriptions, the events they are owed, each delivery of an
-- event to a subscription, and every attempt of a delivery (the log the partner reads). Identical in every service
-- database; each service offers its own event types.

-- A partner's (or certification body's) subscription of a URL to event types, with optional filters.
create table webhook_subscription (
    id              uuid          primary key,
    owner_role      varchar(50)   not null,       -- partner | certification-body
    owner_org       varchar(200)  not null,       -- the org claim (a body's approval number), or a partner's name
    url             varchar(2000) not null,
    event_types     text[]        not null,
    campaign_id     uuid,                         -- only events naming this campaign
    provincial_unit varchar(6),                   -- only events naming this provincial unit
    description     varchar(200),
    secret          varchar(100)  not null,       -- the HMAC-SHA256 key of the signature header
    status          varchar(20)   not null,       -- active | paused
    paused_reason   text,
    paused_at       timestamptz,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index webhook_subscription_owner on webhook_subscription (owner_role, owner_org, created_at, id);

-- An event as it goes out over HTTP (CloudEvents attributes and the JSON body), kept apart from the outbox, which the
-- retention purge empties long before a redelivery may be asked for. Written only when some subscription is owed it.
create table webhook_event (
    event_id          uuid         primary key,
    event_type        varchar(100) not null,
    source            varchar(200) not null,
    subject           varchar(100),
    occurred_at       timestamptz  not null,
    aggregate_version bigint       not null default 0,
    data              text         not null       -- the exact JSON body that is signed and sent
);

-- One event owed to one subscription. Written in the transaction that wrote the outbox row, so no event a
-- subscription matches can be missed or invented. A redelivery is a new row pointing at the one it repeats.
create table webhook_delivery (
    id               uuid         primary key,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    event_id         uuid         not null references webhook_event (event_id),
    event_type       varchar(100) not null,
    status           varchar(20)  not null,       -- pending | delivered | failed
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    first_attempt_at timestamptz,                 -- the retry window (platform.webhooks.retry.give-up-after) runs from it
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    redelivery_of    uuid,
    created_at       timestamptz  not null
);
-- the dispatcher's query: due deliveries in due order
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
-- the delivery log of a subscription, newest first
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id desc);

-- Every attempt of a delivery, as the receiver answered it.
create table webhook_attempt (
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      integer     not null,
    attempted_at timestamptz not null,
    status_code  integer,                          -- absent when no answer came (timeout, refused address, ...)
    error        text,
    duration_ms  integer     not null,
    primary key (delivery_id, attempt)
);
