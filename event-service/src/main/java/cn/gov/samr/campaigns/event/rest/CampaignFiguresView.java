package cn.gov.samr.campaigns.event.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.service.CampaignFigures;

@Schema(description = "A campaign's figures with every campaign below it: its children (parentId) and a series' "
        + "editions (seriesId), recursively. An activity merged into several of them counts once.",
        requiredProperties = { "campaignId", "campaigns", "national", "launchCeremonies", "provincialUnits" })
public record CampaignFiguresView(UUID campaignId,
        @Schema(description = "The campaigns covered: this one first, then the ones below it in window order "
                + "(drafts only for the national office)") List<UUID> campaigns,
        @Schema(description = "The national totals") ActivityFigures national,
        @Schema(description = "Launch ceremonies of the campaigns covered, cancelled ones left out: national events, "
                + "counted once however many campaigns they launch, and never in a provincial unit's row",
                minimum = "0") long launchCeremonies,
        @Schema(description = "One row per provincial unit (all 32, zeros included), in the national tables' order")
        List<UnitFigures> provincialUnits) {

    @Schema(description = "Activities that count (published or completed; planned and cancelled ones do not)",
            requiredProperties = { "activities", "published", "completed", "participants" })
    public record ActivityFigures(
            @Schema(description = "published + completed", minimum = "0") long activities,
            @Schema(description = "published and not yet completed", minimum = "0") long published,
            @Schema(description = "completed", minimum = "0") long completed,
            @Schema(description = "participants of the completed activities", minimum = "0") long participants) {

        static ActivityFigures of(CampaignFigures.Tally t) {
            return new ActivityFigures(t.activities(), t.published(), t.completed(), t.participants());
        }
    }

    @Schema(description = "One provincial unit's figures", requiredProperties = { "provincialUnit", "name", "figures" })
    public record UnitFigures(@Schema(description = "The provincial unit's division code", pattern = "^\\d{6}$")
            String provincialUnit, LocalizedText name, ActivityFigures figures) {
    }

    static CampaignFiguresView of(CampaignFigures f) {
        return new CampaignFiguresView(f.campaignId(), f.campaigns(), ActivityFigures.of(f.national()),
                f.launchCeremonies(),
                f.provincialUnits().stream()
                        .map(u -> new UnitFigures(u.code(), u.name(), ActivityFigures.of(u.tally()))).toList());
    }
}
