package cn.gov.samr.campaigns.event.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.repository.TallyRepository;
import cn.gov.samr.campaigns.platform.security.Roles;

/**
 * What event-service holds, in figures the consuming services can compare their projections with: report-service
 * (activities and obligations per campaign) and material-service (distribution plans) call it on a schedule with a
 * {@code monitor} service token and publish the difference as {@code projection.drift}.
 */
@Path("/api/v1/admin/tallies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Figures for operators and the consuming services' drift checks")
public class TallyResource {

    @Schema(description = "One campaign that was published, and its activities that count in the statistics",
            requiredProperties = { "campaignId", "kind", "status", "activities", "launchCeremonies" })
    public record CampaignTallyView(UUID campaignId,
            @Schema(description = "a series groups editions and gets no distribution plan or reports of its own")
            CampaignKind kind,
            @Schema(description = "published or closed: a draft has announced nothing") CampaignStatus status,
            ActivityTally activities,
            @Schema(description = "Its launch ceremonies, cancelled ones left out: national events counted once "
                    + "here, never in a province's activities", minimum = "0") long launchCeremonies) {
    }

    @Schema(description = "Activities of the campaign by status; a merged activity counts for each of its campaigns",
            requiredProperties = { "published", "completed" })
    public record ActivityTally(
            @Schema(description = "published and not yet completed", minimum = "0") long published,
            @Schema(description = "completed", minimum = "0") long completed) {
    }

    @Schema(requiredProperties = { "campaigns" })
    public record TalliesView(
            @Schema(description = "every campaign ever published, in id order (a handful a year)")
            List<CampaignTallyView> campaigns) {
    }

    private final TallyRepository tallies;

    public TallyResource(TallyRepository tallies) {
        this.tallies = tallies;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.MONITOR })
    @Operation(operationId = "getTallies",
            summary = "Per published campaign: its status, its published and completed activities, its launch "
                    + "ceremonies",
            description = "For the consuming services' drift checks and for operators: what this service holds, to "
                    + "compare with what report-service and material-service projected from its events.")
    @APIResponse(responseCode = "200", description = "The tallies", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalliesView.class)))
    public TalliesView get() {
        return new TalliesView(tallies.publishedCampaigns().stream()
                .map(t -> new CampaignTallyView(t.campaignId(), t.kind(), t.status(),
                        new ActivityTally(t.publishedActivities(), t.completedActivities()), t.launchCeremonies()))
                .toList());
    }
}
