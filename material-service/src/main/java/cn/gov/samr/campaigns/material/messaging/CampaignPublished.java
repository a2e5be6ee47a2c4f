package cn.gov.samr.campaigns.material.messaging;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What material-service reads of event-service's CampaignPublished: the campaign, its kind, and who receives posters.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignPublished(UUID campaignId, String kind, List<Recipient> provincialUnits) {

    public static final String TYPE = "CampaignPublished";

    /** The kind of an umbrella series (全国质量认证系列宣传体验周): its editions get the posters, it gets none. */
    public static final String SERIES = "series";

    /** True for a series, which groups editions and has no distribution plan of its own. */
    public boolean isSeries() {
        return SERIES.equals(kind);
    }

    /** The first field a plan cannot be opened without; null when all fit. Checked before any write. */
    public String invalidField() {
        if (campaignId == null) {
            return "campaignId";
        }
        if (provincialUnits == null) {
            return "provincialUnits";
        }
        for (Recipient unit : provincialUnits) {
            if (unit == null || unit.code() == null || !unit.code().matches("\\d{6}") || unit.name() == null
                    || unit.name().zh() == null) {
                return "provincialUnits";
            }
        }
        return null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String code, Name name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String zh) {
    }
}
