package cn.gov.samr.campaigns.material.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.service.DistributionPlanService;
import cn.gov.samr.campaigns.material.service.ShipmentService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1/distribution-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Distribution plans", description = "Per campaign: how many posters go to each provincial unit")
// Writes are national (总局 prints and posts); the edits carry the plan's ETag and take If-Match.
public class DistributionPlanResource {

    /** The plan in a list, without its lines. */
    @Schema(requiredProperties = { "id", "campaignId", "status", "openedAt", "recipients" })
    public record PlanSummary(UUID id, UUID campaignId, DistributionPlan.Status status, OffsetDateTime openedAt,
            long recipients) {
    }

    /** What a fan-out created. */
    @Schema(requiredProperties = { "planId", "status", "shipments", "shipmentIds" })
    public record FanOutView(UUID planId, DistributionPlan.Status status, int shipments, List<UUID> shipmentIds) {
    }

    private final DistributionPlanService service;
    private final ShipmentService shipments;
    private final Validator validator;

    public DistributionPlanResource(DistributionPlanService service, ShipmentService shipments, Validator validator) {
        this.service = service;
        this.shipments = shipments;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Operation(operationId = "listDistributionPlans", summary = "Distribution plans, newest first; filter by campaign")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's plan")
    public Page<PlanSummary> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<PlanSummary> rows = service.list(campaign, after.timestamp(0), after.uuid(1), limit + 1).stream()
                .map(p -> new PlanSummary(p.id, p.campaignId, p.status, p.openedAt, service.recipients(p.id)))
                .toList();
        return Page.of(rows, limit, p -> Cursor.encode(p.openedAt().toString(), p.id().toString()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Operation(operationId = "getDistributionPlan",
            summary = "One plan with its quantities per postal material and provincial unit; ETag for If-Match")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionPlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.get(id));
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "addDistributionPlanMaterial",
            summary = "Add a postal material with one national figure: every provincial unit gets that many copies",
            description = "The material must be of the plan's campaign, published, and delivered by post (post or "
                    + "both). Change single units afterwards with PATCH .../lines. Send If-Match with the ETag read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequests.AddMaterial.class),
            examples = @ExampleObject(name = "poster", summary = "200 posters to every provincial unit",
                    value = "{\"materialId\": \"7d0e8a52-1c3b-4f6e-a9d2-5b4c3a2f1e0d\", \"quantityPerUnit\": 200}")))
    @APIResponse(responseCode = "200", description = "The plan with the material's lines; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionPlanView.class)))
    @APIResponse(responseCode = "409", description = "The material is already in the plan, or the plan was fanned out")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    public Response addMaterial(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            PlanRequests.AddMaterial request) {
        InvalidInputException.validate(request, "a material and its quantity per unit are required", validator)
                .throwIfAny();
        return withEtag(service.addMaterial(id, request.materialId(), request.quantityPerUnit(),
                Versions.ifMatch(ifMatch)));
    }

    @PATCH
    @Path("/{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "updateDistributionPlanLines",
            summary = "Change several provincial units' quantities at once; all or none",
            description = "Each line names a material already in the plan, a recipient unit and its new quantity "
                    + "(0 to 100,000). Every bad line is named in the 400; nothing changes unless all are good.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequests.ChangeLines.class)))
    @APIResponse(responseCode = "200", description = "The changed plan; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionPlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan was fanned out into shipments and is locked")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    public Response changeLines(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            PlanRequests.ChangeLines request) {
        InvalidInputException.validate(request, "the lines to change are required", validator).throwIfAny();
        service.get(id); // 404 before 428
        Long expectedVersion = Versions.required(ifMatch, "distribution plan");
        List<DistributionPlanService.LineChange> changes = IntStream.range(0, request.lines().size())
                .mapToObj(i -> {
                    PlanRequests.Line l = request.lines().get(i);
                    return new DistributionPlanService.LineChange(i, l.materialId(), l.provincialUnit(), l.quantity());
                }).toList();
        return withEtag(service.changeQuantities(id, changes, expectedVersion));
    }

    @POST
    @Path("/{id}/shipments")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "fanOutDistributionPlan",
            summary = "Fan the plan out: one planned shipment per provincial unit, all or nothing; locks the plan",
            description = "Each unit with at least one copy planned gets a shipment with one item per material "
                    + "above zero. If any unit's shipment cannot be written, none is. Afterwards the plan is "
                    + "'dispatched' and edits are refused with 409.")
    @APIResponse(responseCode = "201", description = "The shipments were created; Location lists them",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FanOutView.class)))
    @APIResponse(responseCode = "409", description = "Already fanned out, nothing to ship, or a unit's shipment was "
            + "refused (then no shipment exists)")
    public Response fanOut(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        List<Shipment> created = service.fanOut(id, Versions.ifMatch(ifMatch));
        DistributionPlan plan = service.get(id);
        return Response.created(URI.create("/api/v1/shipments?campaign=" + plan.campaignId))
                .entity(new FanOutView(id, plan.status, created.size(), created.stream().map(s -> s.id).toList()))
                .tag(Versions.etag(plan.version)).build();
    }

    @GET
    @Path("/{id}/board")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PARTNER })
    @Operation(operationId = "getDistributionBoard",
            summary = "The national distribution board: per provincial unit, copies planned, dispatched, "
            + "received and damaged, and overdue shipments")
    public DistributionBoardView board(@PathParam("id") UUID id) {
        DistributionPlan plan = service.get(id);
        return DistributionBoardView.of(plan.id, plan.campaignId, shipments.board(id));
    }

    private Response withEtag(DistributionPlan plan) {
        return Response.ok(DistributionPlanView.of(plan, service.recipients(plan.id), service.lines(plan.id)))
                .tag(Versions.etag(plan.version)).build();
    }
}
