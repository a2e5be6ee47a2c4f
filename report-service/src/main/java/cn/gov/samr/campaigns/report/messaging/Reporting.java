package cn.gov.samr.campaigns.report.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code reporting} rules of CampaignPublished and CampaignUpdated: who owes which reports. An event without them
 * (written before the rules existed) means a live summary from every provincial unit the event lists.
 *
 * @param mode {@code live} or {@code archive}
 * @param provincialUnits the units that report; null for all of them
 * @param certificationBodies the bodies that report, by CNCA approval number
 * @param activityPlanDue the activity plan's due day; null when no plan is asked
 * @param summary whether a summary is due on the reporting deadline
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reporting(String mode, List<String> provincialUnits, List<String> certificationBodies,
        LocalDate activityPlanDue, boolean summary) {

    private static final Pattern APPROVAL_NUMBER = Pattern.compile("CNCA-[A-Z]+-\\d{4}-\\d{2,4}");

    /** What an event without rules meant. */
    public static final Reporting LEGACY = new Reporting("live", null, List.of(), null, true);

    public Reporting {
        certificationBodies = certificationBodies == null ? List.of() : certificationBodies;
    }

    public boolean archived() {
        return "archive".equals(mode);
    }

    /** The first field that cannot be applied; null when all fit. */
    String invalidField() {
        if (!"live".equals(mode) && !"archive".equals(mode)) {
            return "reporting.mode";
        }
        if (provincialUnits != null && !provincialUnits.stream().allMatch(EventFields::isCode)) {
            return "reporting.provincialUnits";
        }
        if (!certificationBodies.stream().allMatch(b -> b != null && APPROVAL_NUMBER.matcher(b).matches())) {
            return "reporting.certificationBodies";
        }
        return null;
    }
}
