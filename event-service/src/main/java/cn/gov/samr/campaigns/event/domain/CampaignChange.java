package cn.gov.samr.campaigns.event.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;

/** A change to a published campaign. */
@Entity
public class CampaignChange extends ChangeRecord {

    public UUID campaignId;

    public static CampaignChange of(UUID campaignId, Map<String, Object> changes, String changedBy, String reason,
            OffsetDateTime now) {
        CampaignChange change = new CampaignChange();
        change.campaignId = campaignId;
        return change.fill(changes, changedBy, reason, now);
    }

    /** The fields that differ between two sets of terms, named as the API names them. */
    public static Map<String, Object> between(CampaignTerms before, CampaignTerms after) {
        return new FieldChanges()
                .compare("kind", before.kind(), after.kind())
                .compare("name", before.name(), after.name())
                .compare("themes", before.themes(), after.themes())
                .compare("window.start", before.schedule().windowStart(), after.schedule().windowStart())
                .compare("window.end", before.schedule().windowEnd(), after.schedule().windowEnd())
                .compare("reportingDeadline", before.schedule().reportingDeadline(), after.schedule().reportingDeadline())
                .compare("focusThemes", before.focusThemes(), after.focusThemes())
                .compare("parentId", before.parentId(), after.parentId())
                .compare("seriesId", before.seriesId(), after.seriesId())
                .compare("reporting", before.reporting(), after.reporting())
                .toMap();
    }

    public static boolean movesWindow(Map<String, Object> changes) {
        return changes.containsKey("window.start") || changes.containsKey("window.end");
    }
}
