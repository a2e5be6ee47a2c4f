package cn.gov.samr.campaigns.report.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of event-service's CampaignPublished; the rest of the body is ignored.
 *
 * @param reportingDeadline the summary's due day; absent when no summary is owed
 * @param reporting who owes which reports; absent in events written before the rules existed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignPublished(@NotNull UUID campaignId, LocalDate reportingDeadline,
        @NotEmpty List<ProvincialUnit> provincialUnits, Reporting reporting) {

    public static final String TYPE = "CampaignPublished";

    /** The rules, or what an event without them meant. */
    public Reporting rules() {
        return reporting == null ? Reporting.LEGACY : reporting;
    }

    /** The first field the obligations cannot be opened without; null when all fit. Checked before any write. */
    public String invalidField() {
        if (campaignId == null) {
            return "campaignId";
        }
        if (provincialUnits == null || provincialUnits.isEmpty()) {
            return "provincialUnits";
        }
        for (ProvincialUnit unit : provincialUnits) {
            if (unit == null || !EventFields.isCode(unit.code()) || unit.name() == null || unit.name().zh() == null) {
                return "provincialUnits";
            }
        }
        String rules = rules().invalidField();
        if (rules != null) {
            return rules;
        }
        return rules().summary() && reportingDeadline == null ? "reportingDeadline" : null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProvincialUnit(@NotNull String code, @NotNull Name name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(@NotNull String zh, String en) {
    }
}
