package cn.gov.samr.campaigns.report.messaging;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of material-service's MaterialDownloaded: the downloads <em>added</em> since the
 * previous event for the same material, version, day and unit; {@code provincialUnit} null for anonymous or
 * national downloads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaterialDownloaded(UUID materialId, UUID campaignId, String provincialUnit, Long downloads) {

    public static final String TYPE = "MaterialDownloaded";

    /** The first field the projection cannot take; null when all fit. Checked before any write. */
    public String invalidField() {
        if (campaignId == null) {
            return "campaignId";
        }
        if (provincialUnit != null && !EventFields.isCode(provincialUnit)) {
            return "provincialUnit";
        }
        return downloads == null || downloads < 0 ? "downloads" : null;
    }
}
