package cn.gov.samr.campaigns.report.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Activity events as event-service's outbox relay writes them (the whole activity as it now is). */
public final class ActivityEvents {

    public static final String TOPIC = "activity.events";

    private ActivityEvents() {
    }

    /** An activity's state; {@code actualParticipants} and {@code mediaItems} null until it is completed. */
    public record Activity(UUID id, List<UUID> campaigns, String unit, String type, List<String> settings,
            String status, Integer actualParticipants, Integer mediaItems) {

        public static Activity published(UUID campaign, String unit, String type, String... settings) {
            return new Activity(UUID.randomUUID(), List.of(campaign), unit, type, List.of(settings), "published",
                    null, null);
        }

        public Activity completed(int participants, int media) {
            return new Activity(id, campaigns, unit, type, settings, "completed", participants, media);
        }

        public Activity cancelled() {
            return new Activity(id, campaigns, unit, type, settings, "cancelled", actualParticipants, mediaItems);
        }

        public Activity ofType(String newType) {
            return new Activity(id, campaigns, unit, newType, settings, status, actualParticipants, mediaItems);
        }

        public Activity alsoFor(UUID campaign) {
            List<UUID> more = new ArrayList<>(campaigns);
            more.add(campaign);
            return new Activity(id, List.copyOf(more), unit, type, settings, status, actualParticipants, mediaItems);
        }

        String json() {
            return """
                    {"activityId":"%s","campaignIds":%s,"provincialUnit":%s,"divisionCode":%s,"type":"%s",
                     "settings":%s,"title":{"zh":"活动"},"startsAt":"2022-09-19T09:00:00+08:00",
                     "endsAt":"2022-09-19T11:00:00+08:00","visibility":"public","status":"%s",
                     "expectedParticipants":200,"invitedMedia":2%s%s}""".formatted(id, quoted(campaigns), text(unit),
                    text(unit), type, quoted(settings), status,
                    actualParticipants == null ? "" : ",\"actualParticipants\":" + actualParticipants,
                    mediaItems == null ? "" : ",\"mediaItems\":" + mediaItems);
        }
    }

    /** Sends the activity under the given event type with a fresh event id; returns that id. */
    public static String send(String eventType, Activity activity) {
        return send(eventType, activity, UUID.randomUUID().toString());
    }

    /** Sends the activity with the given event id (the same id again is a redelivery); returns that id. */
    public static String send(String eventType, Activity activity, String eventId) {
        CampaignEvents.kafka().sendCloudEvent(TOPIC, activity.id().toString(), eventId, eventType, activity.json());
        return eventId;
    }

    private static String text(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String quoted(List<?> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
