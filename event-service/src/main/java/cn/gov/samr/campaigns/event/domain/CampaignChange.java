package cn.gov.samr.campaigns.event.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a published campaign: what moved from what to what, who changed it and why. */
@Entity
public class CampaignChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID campaignId;
    public OffsetDateTime changedAt;
    public String changedBy;
    public String reason;

    /** Field (as the API names it) → {from, to}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;

    public static CampaignChange of(UUID campaignId, Map<String, Object> changes, String changedBy, String reason,
            OffsetDateTime now) {
        CampaignChange change = new CampaignChange();
        change.campaignId = campaignId;
        change.changes = changes;
        change.changedBy = changedBy;
        change.reason = reason;
        change.changedAt = now;
        return change;
    }

    /** The fields that differ between two sets of terms, named as the API names them. */
    public static Map<String, Object> between(CampaignTerms before, CampaignTerms after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "kind", before.kind(), after.kind());
        compare(changes, "name", before.name(), after.name());
        compare(changes, "theme", before.theme(), after.theme());
        compare(changes, "window.start", before.schedule().windowStart(), after.schedule().windowStart());
        compare(changes, "window.end", before.schedule().windowEnd(), after.schedule().windowEnd());
        compare(changes, "reportingDeadline", before.schedule().reportingDeadline(), after.schedule().reportingDeadline());
        compare(changes, "launchCeremony.date", before.schedule().launchDate(), after.schedule().launchDate());
        compare(changes, "launchCeremony.city", before.launchCity(), after.launchCity());
        compare(changes, "launchCeremony.host", before.launchHost(), after.launchHost());
        compare(changes, "focusThemes", before.focusThemes(), after.focusThemes());
        compare(changes, "parentId", before.parentId(), after.parentId());
        return changes;
    }

    public static boolean movesWindow(Map<String, Object> changes) {
        return changes.containsKey("window.start") || changes.containsKey("window.end");
    }

    private static void compare(Map<String, Object> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
    }
}
