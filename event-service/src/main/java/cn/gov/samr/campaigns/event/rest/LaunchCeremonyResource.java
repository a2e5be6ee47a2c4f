package cn.gov.samr.campaigns.event.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.event.repository.LaunchCeremonyRepository;
import cn.gov.samr.campaigns.event.service.LaunchCeremonyService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/launch-ceremonies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Launch ceremonies", description = "Launch ceremonies (启动仪式) shared by campaigns: planned and held")
// Writes are @Transactional here as well as in the service, so that the view is built while the ceremony's
// campaigns can still load.
public class LaunchCeremonyResource {

    private final LaunchCeremonyService service;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Jurisdiction jurisdiction;

    public LaunchCeremonyResource(LaunchCeremonyService service, Validator validator, SecurityIdentity identity,
            Jurisdiction jurisdiction) {
        this.service = service;
        this.validator = validator;
        this.identity = identity;
        this.jurisdiction = jurisdiction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "createLaunchCeremony", summary = "Plan a launch ceremony of one or more campaigns",
            description = "The place is a known division down to county level; the day lies no more than 30 days "
                    + "(setting event-service.launch-ceremonies.max-days-before-window) before each campaign's window "
                    + "starts and not after it ends. A campaign that already has a ceremony comes back as a warning.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LaunchCeremonyRequest.class),
            examples = @ExampleObject(name = "organic-week-2022", summary = "The 2022 organic week's launch in 南京",
                    value = "{\"title\": {\"zh\": \"2022年全国有机产品认证宣传周启动仪式\", "
                    + "\"en\": \"Launch of the 2022 National Organic Product Certification Week\"}, "
                    + "\"host\": {\"zh\": \"市场监管总局\", \"en\": \"SAMR\"}, "
                    + "\"campaigns\": [\"3f1c2d9e-6b7a-4c1e-9f00-1a2b3c4d5e6f\"], "
                    + "\"place\": {\"division\": \"320100\", \"address\": \"南京国际博览中心\"}, "
                    + "\"date\": \"2022-09-19\", \"startTime\": \"09:30\"}")))
    @APIResponse(responseCode = "201", description = "Planned, with warnings if any",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchCeremonyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown place or campaign, a day outside "
            + "the campaigns' windows")
    public Response create(LaunchCeremonyRequest request) {
        LaunchCeremony.Plan plan = validPlan(request);
        LaunchCeremonyService.Saved saved = service.create(plan, jurisdiction.caller());
        return Response.created(URI.create("/api/v1/launch-ceremonies/" + saved.ceremony().id))
                .entity(LaunchCeremonyView.of(saved.ceremony(), saved.ceremony().campaignIds, saved.warnings()))
                .tag(Versions.etag(saved.ceremony().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "updateLaunchCeremony", summary = "Change a launch ceremony's plan",
            description = "The same rules as planning it. An outcome already recorded stays. Send If-Match with the "
                    + "ETag you read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LaunchCeremonyRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version's",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchCeremonyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown place or campaign, a day outside "
            + "the campaigns' windows")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            LaunchCeremonyRequest request) {
        service.get(id); // 404 before 428
        Long expectedVersion = Versions.required(ifMatch, "launch ceremony");
        LaunchCeremony.Plan plan = validPlan(request);
        LaunchCeremonyService.Saved saved = service.change(id, plan, expectedVersion);
        return Response.ok(LaunchCeremonyView.of(saved.ceremony(), saved.ceremony().campaignIds, saved.warnings()))
                .tag(Versions.etag(saved.ceremony().version)).build();
    }

    @PUT
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "recordLaunchCeremonyOutcome",
            summary = "Record what happened: held, moved, online, hybrid or cancelled (planned clears it)",
            description = "held: at the planned place and day. moved: at the place and/or on the day given. online: "
                    + "at the https link, no place (a day of its own if given). hybrid: the planned place or the one "
                    + "given, and the link. cancelled: with the reason. Send If-Match with the ETag you read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LaunchOutcomeRequest.class),
            examples = @ExampleObject(name = "online", summary = "Held online instead of in the planned city",
                    value = "{\"outcome\": \"online\", \"link\": \"https://www.samr.gov.cn/live/2022-organic\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the ETag is the new version's",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchCeremonyView.class)))
    @APIResponse(responseCode = "400", description = "A field the outcome needs is missing or one it does not take "
            + "is given, an unknown place, a day outside the campaigns' windows")
    public Response recordOutcome(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            LaunchOutcomeRequest request) {
        LaunchCeremony ceremony = service.get(id);
        Long expectedVersion = Versions.required(ifMatch, "launch ceremony");
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "an outcome is required",
                validator);
        LaunchCeremony.Outcome outcome = request.outcomeOf();
        service.check(ceremony, outcome, errors);
        errors.throwIfAny();
        LaunchCeremony recorded = service.record(id, outcome, expectedVersion);
        return Response.ok(LaunchCeremonyView.of(recorded, recorded.campaignIds, List.of()))
                .tag(Versions.etag(recorded.version)).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getLaunchCeremony",
            summary = "One launch ceremony; one of draft campaigns only for the national office",
            description = "The ETag is the ceremony's version: send it in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The ceremony", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchCeremonyView.class)))
    public Response get(@PathParam("id") UUID id) {
        LaunchCeremony ceremony = service.visible(id, isNationalAdmin());
        return Response.ok(view(ceremony)).tag(Versions.etag(ceremony.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listLaunchCeremonies",
            summary = "Launch ceremonies in the order of their day (as held, or as planned); those of draft "
                    + "campaigns only for the national office")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only the ceremonies launching this campaign")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "On or after this China day, yyyy-MM-dd")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "On or before this China day, yyyy-MM-dd")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, description = "Only this outcome")
    public Page<LaunchCeremonyView> list(@QueryParam("campaign") UUID campaign, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("outcome") LaunchOutcome outcome,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.DATE, Cursor.Key.UUID);
        LaunchCeremonyRepository.Filter filter = new LaunchCeremonyRepository.Filter(campaign, from, to, outcome,
                !isNationalAdmin(), null, null, null);
        List<LaunchCeremony> rows = service.list(filter, after.date(0), after.uuid(1), limit + 1);
        Page<LaunchCeremony> page = Page.of(rows, limit, l -> Cursor.encode(l.day().toString(), l.id.toString()));
        Set<UUID> visible = isNationalAdmin() ? null : service.announced(page.items().stream()
                .flatMap(l -> l.campaignIds.stream()).collect(Collectors.toSet())); // one query for the page
        return new Page<>(page.items().stream()
                .map(l -> LaunchCeremonyView.of(l, visible == null ? l.campaignIds : visible, List.of())).toList(),
                page.next());
    }

    private LaunchCeremony.Plan validPlan(LaunchCeremonyRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request,
                "a launch ceremony is required", validator);
        LaunchCeremony.Plan plan = request.campaigns() == null || request.place() == null ? null : request.plan();
        if (plan != null) {
            service.check(plan, errors);
        }
        errors.throwIfAny();
        return plan;
    }

    private LaunchCeremonyView view(LaunchCeremony ceremony) {
        return LaunchCeremonyView.of(ceremony, isNationalAdmin() ? ceremony.campaignIds
                : service.announced(ceremony.campaignIds), List.of());
    }

    private boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }
}
