package cn.gov.samr.campaigns.material.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.service.PlanRebuild;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections", description = "What this service derives from other services' events: the distribution plans opened by published campaigns")
public class ProjectionResource {

    private final PlanRebuild rebuild;

    public ProjectionResource(PlanRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "rebuildProjections", summary = "Repair the distribution plans by replaying campaign.events",
            description = "Synchronous and all-or-nothing: every CampaignPublished on campaign.events is applied "
                    + "again, opening the plans and adding the recipients that are missing. Nothing is deleted and "
                    + "an event older than the one a plan follows adds nothing, so a second rebuild changes nothing.")
    @APIResponse(responseCode = "200", description = "Rebuilt: records read, events applied, copies of one event "
            + "ignored, records skipped as the live listener dead-lettered them, plans opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanRebuild.Result.class)))
    public PlanRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
