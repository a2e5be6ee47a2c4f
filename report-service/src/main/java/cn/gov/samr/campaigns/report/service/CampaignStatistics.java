package cn.gov.samr.campaigns.report.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

/**
 * The national picture of one campaign (全国汇总): what the statistics endpoint answers and what every export
 * (CSV, XLSX, PDF) renders, so that the figures in an export are the endpoint's by construction.
 *
 * @param units one row per provincial unit, in division-code order
 * @param national the sum of the units' figures
 */
@Schema(requiredProperties = { "campaignId", "asOf", "completeness", "national", "units" })
public record CampaignStatistics(UUID campaignId, OffsetDateTime asOf, Completeness completeness,
        Figures national, List<UnitStatistics> units) {

    /** Completeness and timeliness of the provinces' reports (完成率、及时率), DHIS2-style. */
    @Schema(requiredProperties = { "expected", "submitted", "accepted", "onTime", "late", "missing", "pending", "completenessRate", "timelinessRate" }, properties = {
            @SchemaProperty(name = "completenessRate", type = SchemaType.NUMBER, format = "double",
                    description = "submitted / expected, 0 when nothing is expected"),
            @SchemaProperty(name = "timelinessRate", type = SchemaType.NUMBER, format = "double",
                    description = "onTime / expected, 0 when nothing is expected") })
    public record Completeness(int expected, int submitted, int accepted, int onTime, int late, int missing,
            int pending) {

        /** Submitted over expected, 0 when nothing is expected. */
        public double completenessRate() {
            return expected == 0 ? 0 : (double) submitted / expected;
        }

        /** On time over expected. */
        public double timelinessRate() {
            return expected == 0 ? 0 : (double) onTime / expected;
        }
    }

    /**
     * Figures from the projections of activity and material events.
     *
     * @param byType activities, participants and media items per activity type (JSON name of the type)
     * @param activitiesBySetting activities per setting (JSON name of the setting)
     */
    @Schema(requiredProperties = {
            "activities", "participants", "mediaItems", "byType", "activitiesBySetting", "shipmentsDispatched",
            "copiesDispatched", "copiesReceived", "copiesDamaged", "downloads" })
    public record Figures(long activities, long participants, long mediaItems, List<TypeFigures> byType,
            Map<String, Long> activitiesBySetting, long shipmentsDispatched, long copiesDispatched,
            long copiesReceived, long copiesDamaged, long downloads) {
    }

    @Schema(requiredProperties = { "activityType", "activities", "participants", "mediaItems" })
    public record TypeFigures(String activityType, long activities, long participants, long mediaItems) {
    }

    /** One provincial unit: its figures and where its report stands. */
    @Schema(requiredProperties = { "provincialUnit", "figures" })
    public record UnitStatistics(String provincialUnit, String nameZh, String nameEn, Figures figures,
            ObligationStatus reportStatus, Timeliness timeliness) {
    }
}
