package cn.gov.samr.campaigns.event.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignTerms;
import cn.gov.samr.campaigns.event.domain.HostSlotRules;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.service.CampaignFiguresService;
import cn.gov.samr.campaigns.event.service.CampaignLinks;
import cn.gov.samr.campaigns.event.service.CampaignService;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaign editions (宣传周): draft, change, publish, close, roll over")
// Writes are @Transactional here as well as in the service, so that the view is built while the campaign's
// collections can still load.
public class CampaignResource {

    private final CampaignService service;
    private final CampaignFiguresService figures;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Jurisdiction jurisdiction;

    public CampaignResource(CampaignService service, CampaignFiguresService figures, Validator validator,
            SecurityIdentity identity, Jurisdiction jurisdiction) {
        this.service = service;
        this.figures = figures;
        this.validator = validator;
        this.identity = identity;
        this.jurisdiction = jurisdiction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "createCampaign", summary = "Create a campaign edition as a draft",
            description = "The edition starts as a draft that only the national office sees; publish it to open the "
                    + "provinces' reporting obligations and the distribution plan.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "organic-week-2022", summary = "The 2022 organic product week",
                    value = "{\"kind\": \"organic-product-week\", "
                    + "\"name\": {\"zh\": \"2022年全国有机产品认证宣传周\", \"en\": \"2022 National Organic Product Certification Week\"}, "
                    + "\"themes\": [{\"scope\": \"national\", \"zh\": \"有机产品认证:护航消费升级 优享品质生活\"}], "
                    + "\"window\": {\"start\": \"2022-09-19\", \"end\": \"2022-09-23\"}, "
                    + "\"reportingDeadline\": \"2022-10-14\"}")))
    @APIResponse(responseCode = "201", description = "Created as a draft; warnings name what to look at (a window "
            + "running past the parent's)",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, dates out of order, two themes of one scope, an "
            + "unknown, self or cyclic parent, a seriesId that names no series, or a series that owes reports")
    public Response create(CampaignRequest request) {
        CampaignTerms terms = validTerms(request, null);
        Campaign campaign = service.create(terms, jurisdiction.caller());
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id)).entity(view(campaign))
                .tag(Versions.etag(campaign.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "updateCampaign", summary = "Change a campaign edition",
            description = "A draft changes freely. A published campaign keeps a history of its changes, and its "
                    + "window moves only with a changeReason. A closed campaign does not change. Send If-Match with "
                    + "the ETag you read to be sure nobody changed it meanwhile. A window running before or past the "
                    + "parent's (or the series') window is accepted and named in warnings.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is closed, or a concurrent change came first")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, CampaignRequest request) {
        CampaignTerms terms = validTerms(request, id);
        service.get(id); // 404 before 428
        Campaign campaign = service.update(id, terms, request.changeReason(), Versions.required(ifMatch, "campaign"),
                jurisdiction.caller());
        return Response.ok(view(campaign)).tag(Versions.etag(campaign.version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "publishCampaign",
            summary = "Publish a draft: the provinces' reporting obligations and the distribution plan open",
            description = "Announces CampaignPublished. Publishing a published campaign again changes nothing. A "
                    + "draft that owes a summary but has no reportingDeadline yet (a rolled-over edition) is refused.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is closed, or lacks its reportingDeadline while a "
            + "summary is owed")
    public RestResponse<CampaignView> publish(@PathParam("id") UUID id) {
        return withEtag(service.publish(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "closeCampaign", summary = "Close a published campaign: it no longer changes",
            description = "Announces CampaignClosed.")
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is a draft")
    public RestResponse<CampaignView> close(@PathParam("id") UUID id) {
        return withEtag(service.close(id));
    }

    @POST
    @Path("/{id}/roll-over")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "rollOverCampaign",
            summary = "Create next year's edition as a draft, dates moved to the same weekdays",
            description = "Copies what recurs: the kind, the names with the new year, the focus themes, the series "
                    + "(its own next edition when the series was rolled over), the parent mapped to the old parent's "
                    + "roll-over (none when the parent has not been rolled over yet), and the reporting rules (mode "
                    + "live; activityPlanDue moved like the window). Leaves empty what must be decided again: the "
                    + "themes, the launch ceremony, the host slots and the reportingDeadline (publishing refuses "
                    + "until it is set).")
    @APIResponse(responseCode = "201", description = "Next year's draft",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign was already rolled over")
    public Response rollOver(@PathParam("id") UUID id) {
        Campaign next = service.rollOver(id, jurisdiction.caller());
        return Response.created(URI.create("/api/v1/campaigns/" + next.id)).entity(view(next))
                .tag(Versions.etag(next.version)).build();
    }

    @PUT
    @Path("/{id}/host-slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "replaceHostSlots",
            summary = "Set the experience week's host slots: one week and one provincial unit each",
            description = "Replaces every slot of a service certification experience week; each slot is a week at "
                    + "most inside the campaign's window, each provincial unit hosts once, and slots may overlap "
                    + "(national events in several provinces in the same week).")
    @APIResponse(responseCode = "200", description = "The campaign with its new slots", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is closed or is not an experience week")
    public RestResponse<CampaignView> hostSlots(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            HostSlotsRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "the slots are required",
                validator);
        errors.throwIfAny();
        Campaign campaign = service.get(id);
        Long expectedVersion = Versions.required(ifMatch, "campaign");
        HostSlotRules.check(request.slots().stream()
                .map(s -> new HostSlotRules.Slot(s.province(), s.weekStart(), s.weekEnd())).toList(),
                campaign.windowStart, campaign.windowEnd, service.provincialUnitCodes(), errors);
        errors.throwIfAny();
        return withEtag(service.replaceHostSlots(id, request.slots().stream()
                .map(s -> new CampaignService.Slot(s.province(), s.weekStart(), s.weekEnd(), s.focusThemes())).toList(),
                expectedVersion, jurisdiction.caller()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER, Roles.PARTNER,
            Roles.CERTIFICATION_BODY })
    @Operation(operationId = "listCampaignHistory",
            summary = "The changes made to a campaign after its publication, oldest first")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        visible(service.get(id));
        return service.history(id).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("/{id}/figures")
    @Authenticated
    @Operation(operationId = "getCampaignFigures",
            summary = "A campaign's activity figures, its children's and its editions' included",
            description = "Adds up the published and completed activities of the campaign and of every campaign "
                    + "below it (children by parentId, a series' editions by seriesId, recursively); an activity "
                    + "merged into several of them counts once. National totals and one row per provincial unit. "
                    + "Drafts, and drafts below, only for the national office.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignFiguresView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or a draft the caller may not see")
    public CampaignFiguresView figures(@PathParam("id") UUID id) {
        Campaign campaign = visible(service.get(id));
        return CampaignFiguresView.of(figures.of(campaign, CampaignService.visibleStatuses(isNationalAdmin())));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCampaign", summary = "One campaign edition; drafts only for the national office",
            description = "The ETag is the campaign's version: send it in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response get(@PathParam("id") UUID id) {
        Campaign campaign = visible(service.get(id));
        return Response.ok(view(campaign)).tag(Versions.etag(campaign.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCampaigns",
            summary = "Campaign editions, newest window first; drafts only for the national office")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The edition's year, e.g. 2022")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "The kind of campaign")
    @Parameter(name = "parent", in = ParameterIn.QUERY,
            description = "Only the campaigns running directly under this one (parentId), e.g. a Quality Month's weeks")
    @Parameter(name = "series", in = ParameterIn.QUERY,
            description = "Only the editions of this series (seriesId)")
    public Page<CampaignView> list(@QueryParam("year") Integer year, @QueryParam("kind") CampaignKind kind,
            @QueryParam("parent") UUID parent, @QueryParam("series") UUID series,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.DATE, Cursor.Key.UUID);
        CampaignRepository.Filter filter = new CampaignRepository.Filter(year, kind,
                CampaignService.visibleStatuses(isNationalAdmin()), parent, series);
        List<Campaign> campaigns = service.list(filter, after.date(0), after.uuid(1), limit + 1);
        Map<UUID, CampaignLinks> links = service.links(campaigns);
        List<CampaignView> rows = campaigns.stream()
                .map(c -> CampaignView.of(c, links.get(c.id), service.warnings(c))).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.window().start().toString(), v.id().toString()));
    }

    @GET
    @Path("/changes")
    @Authenticated
    @Operation(operationId = "listCampaignChanges",
            summary = "Changes feed: the campaigns the caller may list (drafts for the national office only), as the "
                    + "detail shows them, in commit order",
            description = ActivityResource.DESCRIPTION_OF_CHANGES + " A draft appears once it is published.")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The next of the previous page; none: from the beginning")
    public Changes<CampaignView> changes(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        ChangeFeed.Position from = ChangeFeed.Position.after(after);
        return service.changes(CampaignService.visibleStatuses(isNationalAdmin()), from, limit,
                (c, links) -> CampaignView.of(c, links, service.warnings(c)));
    }

    /** All errors at once: the fields, the dates, and the parent campaign. */
    private CampaignTerms validTerms(CampaignRequest request, UUID self) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a campaign is required",
                validator);
        CampaignTerms terms = request.terms();
        service.check(terms, self, errors);
        errors.throwIfAny();
        return terms;
    }

    /** The campaign as the write left it, with the version its commit stores as ETag. */
    private RestResponse<CampaignView> withEtag(Campaign campaign) {
        return RestResponse.ResponseBuilder.ok(view(campaign)).tag(Versions.etag(campaign.version)).build();
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, service.links(campaign), service.warnings(campaign));
    }

    private Campaign visible(Campaign campaign) {
        if (!CampaignService.visibleStatuses(isNationalAdmin()).contains(campaign.status)) {
            throw new NotFoundProblem("Campaign", campaign.id);
        }
        return campaign;
    }



    private boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }
}
