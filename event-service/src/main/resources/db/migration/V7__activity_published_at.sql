-- When an activity was announced. A public activity cancelled after that stays in the public feeds as
-- cancelled (iCalendar STATUS:CANCELLED), so that subscribed calendars drop it instead of keeping a ghost.
alter table activity add column published_at timestamptz;
update activity set published_at = updated_at where status in ('PUBLISHED', 'COMPLETED');
