package cn.gov.samr.campaigns.report.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;
import cn.gov.samr.campaigns.report.service.ReportingVisibility;
import cn.gov.samr.campaigns.report.service.StatisticsService;

@Path("/api/v1/statistics/campaigns/{campaignId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The national picture of a campaign (全国汇总): activities, participants, "
        + "media, materials, and the completeness and timeliness of the provinces' reports")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final ReportingVisibility visibility;
    private final Jurisdiction jurisdiction;

    public StatisticsResource(StatisticsService statistics, ReportingVisibility visibility, Jurisdiction jurisdiction) {
        this.statistics = statistics;
        this.visibility = visibility;
        this.jurisdiction = jurisdiction;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Operation(operationId = "getCampaignStatistics", summary = "A campaign's statistics, national and per provincial unit",
            description = "The national office sees every unit; a provincial officer the national totals and its "
                    + "own unit's row; a partner the published statistics: national totals and completeness, no "
                    + "unit rows, once the campaign's reporting deadline has passed. The same rule decides what "
                    + "GET /api/v1/obligations and the exports answer the same caller.")
    @APIResponse(responseCode = "200", description = "The statistics as of now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignStatistics.class)))
    @Parameter(name = "campaignId", in = ParameterIn.PATH, description = "The campaign's id")
    @APIResponse(responseCode = "403", description = "A partner asking before the reporting deadline has passed")
    @APIResponse(responseCode = "404", description = "No obligation and no figure is known for the campaign")
    public CampaignStatistics campaign(@PathParam("campaignId") UUID campaignId) {
        return statistics.visibleTo(campaignId, jurisdiction);
    }

    @GET
    @Path("/units/{provincialUnit}")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER })
    @Operation(operationId = "getUnitStatistics",
            summary = "One provincial unit's statistics for a campaign; an officer only its own unit's")
    @APIResponse(responseCode = "200", description = "The unit's statistics as of now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitStatistics.class)))
    @APIResponse(responseCode = "403", description = "Another provincial unit than the officer's own")
    @APIResponse(responseCode = "404", description = "Neither an obligation nor a figure for the unit")
    @Parameter(name = "campaignId", in = ParameterIn.PATH, description = "The campaign's id")
    @Parameter(name = "provincialUnit", in = ParameterIn.PATH, description = "Provincial unit code, e.g. 320000")
    public UnitStatistics unit(@PathParam("campaignId") UUID campaignId,
            @PathParam("provincialUnit") @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code")
            String provincialUnit) {
        visibility.of(campaignId, jurisdiction).require(provincialUnit);
        return statistics.forCampaign(campaignId).units().stream()
                .filter(u -> u.provincialUnit().equals(provincialUnit)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("Provincial unit", provincialUnit + " in campaign " + campaignId));
    }
}
