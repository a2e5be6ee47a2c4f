-- The W3C trace context (traceparent) of the request that wrote the event, so that the relay can send it with the
-- record and the consumer's span continues that request's trace. Null when the writer was not traced.
alter table outbox_event add column trace_parent varchar(55);
