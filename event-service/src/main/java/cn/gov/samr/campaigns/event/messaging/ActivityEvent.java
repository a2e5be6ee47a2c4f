package cn.gov.samr.campaigns.event.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Visibility;

/**
 * The body of ActivityScheduled, ActivityRescheduled, ActivityCancelled and ActivityCompleted (topic
 * activity.events): the activity as it now is, with what report-service counts by campaign × provincial unit ×
 * type — participants, media items — and, for a change, what changed and why; its format and online link, so that a
 * calendar or partner learns where to join.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEvent(UUID activityId, Set<UUID> campaignIds, String provincialUnit, String divisionCode,
        ActivityType type, Set<ActivitySetting> settings, LocalizedText title, OffsetDateTime startsAt,
        OffsetDateTime endsAt, Visibility visibility, ActivityStatus status, Integer expectedParticipants,
        int invitedMedia, Integer actualParticipants, Integer mediaItems, Integer photoCount, String cancelReason,
        String reason, Map<String, Object> changes, ActivityFormat format, String onlineUrl) {

    public static final String SCHEDULED = "ActivityScheduled";
    public static final String RESCHEDULED = "ActivityRescheduled";
    public static final String CANCELLED = "ActivityCancelled";
    public static final String COMPLETED = "ActivityCompleted";

    static ActivityEvent of(Activity a, String reason, Map<String, Object> changes) {
        return new ActivityEvent(a.id, Set.copyOf(a.campaignIds), a.provincialUnit, a.divisionCode, a.type,
                Set.copyOf(a.settings), a.title, a.startsAt, a.endsAt, a.visibility, a.status, a.expectedParticipants,
                a.invitedMedia.size(), a.actualParticipants, a.mediaItems, a.photoCount, a.cancelReason, reason,
                changes, a.format, a.onlineUrl);
    }
}
