-- Webhooks (platform webhook package): secret rotation and the purge of the delivery log.

-- POST /webhooks/{id}/secret replaces the secret; the one it replaced still signs every delivery (a second v1= in the
-- webhook-signature header) until previous_secret_until, so that a receiver can switch without losing a delivery.
alter table webhook_subscription
    add column previous_secret       varchar(100),
    add column previous_secret_until timestamptz;

-- WebhookPurge: finished deliveries (delivered, or failed for good) by the time of their last attempt, oldest first.
create index webhook_delivery_finished on webhook_delivery (last_attempt_at) where status in ('delivered', 'failed');
-- the purge asks whether an old event is still owed to anyone; the foreign key alone has no index
create index webhook_delivery_event on webhook_delivery (event_id);
create index webhook_event_occurred on webhook_event (occurred_at);
