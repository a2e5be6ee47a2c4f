package cn.gov.samr.campaigns.report.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which report an obligation is for. */
public enum ObligationKind {
    /** 活动总结: narrative, statistics, media and attachments, due on the campaign's reporting deadline. */
    @JsonProperty("summary")
    SUMMARY,
    /** 活动方案: a text plan with attachments, due before the window opens (activityPlanDue); no statistics. */
    @JsonProperty("activity-plan")
    ACTIVITY_PLAN;

    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The kind named as the API writes it; null for an unknown name. */
    public static ObligationKind fromWire(String wire) {
        for (ObligationKind kind : values()) {
            if (kind.wire().equals(wire)) {
                return kind;
            }
        }
        return null;
    }
}
