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

    /** The fields the projection cannot do without; null when complete. */
    public String missingField() {
        if (campaignId == null) {
            return "campaignId";
        }
        return downloads == null || downloads < 0 ? "downloads" : null;
    }
}
