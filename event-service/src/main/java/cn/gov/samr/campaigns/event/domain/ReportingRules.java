package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who owes which reports for an edition (报送要求): the provincial units (null: all 32), the certification bodies the
 * notice names, an activity plan (活动方案) due before the window when {@code activityPlanDue} is set, and a summary
 * due on the campaign's reporting deadline when {@code summary} is true. A series owes nothing.
 *
 * @param provincialUnits the provincial units that report, in code order; null for all of them
 */
@Schema(requiredProperties = { "mode", "certificationBodies", "summary" })
public record ReportingRules(ReportingMode mode, List<String> provincialUnits, List<String> certificationBodies,
        LocalDate activityPlanDue, boolean summary) {

    public ReportingRules {
        mode = mode == null ? ReportingMode.LIVE : mode;
        provincialUnits = provincialUnits == null ? null : List.copyOf(provincialUnits);
        certificationBodies = certificationBodies == null ? List.of() : List.copyOf(certificationBodies);
    }

    /** What a campaign owes when its request says nothing: a summary from every provincial unit; a series, nothing. */
    public static ReportingRules defaultFor(CampaignKind kind) {
        return kind == CampaignKind.SERIES ? none() : new ReportingRules(ReportingMode.LIVE, null, List.of(), null, true);
    }

    public static ReportingRules none() {
        return new ReportingRules(ReportingMode.LIVE, List.of(), List.of(), null, false);
    }

    /** True when somebody owes some report. */
    public boolean owesAnything() {
        boolean parties = provincialUnits == null || !provincialUnits.isEmpty() || !certificationBodies.isEmpty();
        return parties && (summary || activityPlanDue != null);
    }
}
