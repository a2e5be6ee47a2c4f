package cn.gov.samr.campaigns.report.messaging;

import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of event-service's ActivityEvent, the one body of ActivityScheduled, Rescheduled,
 * Cancelled and Completed: the activity as it now is. Type, settings and status stay their JSON names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityChanged(UUID activityId, Set<UUID> campaignIds, String provincialUnit, String type,
        Set<String> settings, String status, Integer actualParticipants, Integer mediaItems) {

    public static final String SCHEDULED = "ActivityScheduled";
    public static final String RESCHEDULED = "ActivityRescheduled";
    public static final String CANCELLED = "ActivityCancelled";
    public static final String COMPLETED = "ActivityCompleted";

    public static boolean isActivityEvent(String type) {
        return SCHEDULED.equals(type) || RESCHEDULED.equals(type) || CANCELLED.equals(type)
                || COMPLETED.equals(type);
    }

    /** The fields the projection cannot do without; null when complete. */
    public String missingField() {
        if (activityId == null) {
            return "activityId";
        }
        if (campaignIds == null || campaignIds.isEmpty()) {
            return "campaignIds";
        }
        if (provincialUnit == null) {
            return "provincialUnit";
        }
        if (type == null) {
            return "type";
        }
        return status == null ? "status" : null;
    }
}
