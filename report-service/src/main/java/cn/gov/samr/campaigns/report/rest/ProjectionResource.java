package cn.gov.samr.campaigns.report.rest;

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

import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.service.ProjectionRebuild;

@Path("/api/v1/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections", description = "The activity and material projections the statistics are read from")
public class ProjectionResource {

    private final ProjectionRebuild rebuild;

    public ProjectionResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "rebuildProjections", summary = "Rebuild the projections from scratch by replaying activity.events, material.events and campaign.events",
            description = "Synchronous and all-or-nothing: the statistics show the old figures until the rebuilt "
                    + "ones are committed; live events wait meanwhile. The figures afterwards equal the live ones: "
                    + "events are applied by their aggregate version, so an older copy of an event changes nothing "
                    + "in whatever partition it lies. campaign.events opens the obligations that are missing and "
                    + "moves deadlines to the newest campaign event; no obligation or report is ever deleted.")
    @APIResponse(responseCode = "200", description = "Rebuilt: records read per topic, events applied, "
            + "redeliveries ignored, records skipped as the live listeners dead-lettered them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectionRebuild.Result.class)))
    public ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
