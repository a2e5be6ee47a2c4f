-- The retention purge (platform Retention) finds old rows by these, without scanning the tables.
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
create index processed_event_age on processed_event (processed_at);
