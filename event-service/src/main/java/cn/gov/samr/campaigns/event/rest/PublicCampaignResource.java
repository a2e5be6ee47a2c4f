package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.service.PublicCampaignService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.PublicCache;

/**
 * The campaigns, to anyone: a consumer app names the campaign of an activity and shows a campaign's page in one
 * request. Published and closed campaigns only; a draft is not found.
 */
@Path("/api/v1/public/campaigns")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public campaigns", description = "Published campaigns, anonymous: the list, and each campaign's page "
        + "with its launch, notices, public materials and activity counts")
public class PublicCampaignResource {

    /** The list shows the campaigns' own fields (their themes, host slots... are the campaigns scope too). */
    static final String LIST_SCOPES = "campaigns";
    /**
     * The page also shows the launch ceremonies, the published notices, the public materials (projected from
     * material.events) and the counts of the public activities: a write to any of them makes a cached page stale.
     */
    static final String PAGE_SCOPES = "campaigns,launch-ceremonies,notices,materials,activities";

    private final PublicCampaignService service;

    public PublicCampaignResource(PublicCampaignService service) {
        this.service = service;
    }

    @GET
    @Extension(name = PublicCache.EXTENSION, value = LIST_SCOPES)
    @Operation(operationId = "listPublicCampaigns", summary = "Published and closed campaigns, newest window first, paged",
            description = "Their public fields only (names, window, themes, kind, parent, series, host slots).")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "The kind of campaign")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The edition's year, e.g. 2022")
    @Parameter(name = "from", in = ParameterIn.QUERY,
            description = "Only campaigns whose window ends on or after this day, yyyy-MM-dd")
    @Parameter(name = "to", in = ParameterIn.QUERY,
            description = "Only campaigns whose window starts on or before this day, yyyy-MM-dd")
    public Page<PublicCampaignView> list(@QueryParam("kind") CampaignKind kind,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        InvalidInputException.collect()
                .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .throwIfAny();
        Cursor after = Cursor.decode(cursor, Cursor.Key.DATE, Cursor.Key.UUID);
        List<Campaign> rows = service.list(kind, year, from, to, after.date(0), after.uuid(1), limit + 1);
        List<PublicCampaignView> views = rows.stream().map(PublicCampaignView::of).toList();
        return Page.of(views, limit, v -> Cursor.encode(v.window().start().toString(), v.id().toString()));
    }

    @GET
    @Path("/{id}")
    @Extension(name = PublicCache.EXTENSION, value = PAGE_SCOPES)
    @Operation(operationId = "getPublicCampaign",
            summary = "A campaign's public page in one request: the campaign, its launch ceremonies, its published "
                    + "notices, its public materials with download links, its public activities per provincial unit",
            description = "Bounded whatever the campaign's size: ceremonies and notices 20 at most, materials 100, "
                    + "one count row per provincial unit. Materials are those material-service published for the "
                    + "public (from material.events), each linked to material-service's anonymous download of its "
                    + "current file. The activities themselves: GET /api/v1/public/activities?campaign={id}.")
    @APIResponse(responseCode = "200", description = "The campaign's page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicCampaignView.Page.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or a draft")
    public PublicCampaignView.Page get(@PathParam("id") UUID id) {
        return PublicCampaignView.Page.of(service.page(id), service::materialDownloadUrl);
    }
}
