package cn.gov.samr.campaigns.event.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityPlan;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.event.domain.Visibility;
import cn.gov.samr.campaigns.event.repository.ActivityRepository;
import cn.gov.samr.campaigns.event.repository.CertificationBodyDirectory;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.event.service.ActivityService;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import io.quarkus.security.Authenticated;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Activities the bureaus schedule under published campaigns")
// Writes are @Transactional here as well as in the service, so that the view is built while the activity's
// collections can still load.
public class ActivityResource {

    public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Domain maxima: more people than a national event draws, more reports or photos than one day yields. */
    public record OutcomeRequest(@NotNull @PositiveOrZero @Max(ActivityRequest.MAX_PARTICIPANTS) Integer actualParticipants,
            @NotNull @PositiveOrZero @Max(10_000) Integer mediaItems,
            @NotNull @PositiveOrZero @Max(100_000) Integer photoCount,
            @Size(max = 4000) String note) {
    }

    private final ActivityService service;
    private final DivisionTree divisions;
    private final Validator validator;
    private final Jurisdiction jurisdiction;
    private final CertificationBodyDirectory bodies;

    public ActivityResource(ActivityService service, DivisionTree divisions, Validator validator,
            Jurisdiction jurisdiction, CertificationBodyDirectory bodies) {
        this.service = service;
        this.divisions = divisions;
        this.validator = validator;
        this.jurisdiction = jurisdiction;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(operationId = "createActivity",
            summary = "Schedule an activity (planned); warnings name what to look at, nothing is refused by them",
            description = "Under one or more published campaigns, inside every campaign's window (China time) and "
                    + "the caller's jurisdiction; both declarations (voluntary participation, no fee) must be true. "
                    + "Same-venue overlaps and a second launch ceremony come back as warnings.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityRequest.class),
            examples = @ExampleObject(name = "launch-ceremony", summary = "The launch ceremony in Nanjing",
                    value = "{\"type\": \"launch-ceremony\", "
                    + "\"title\": {\"zh\": \"2022年有机产品认证宣传周启动仪式\", \"en\": \"2022 organic week launch ceremony\"}, "
                    + "\"campaigns\": [\"3f1c2d9e-6b7a-4c1e-9f00-1a2b3c4d5e6f\"], "
                    + "\"venue\": {\"division\": \"320100\", \"address\": \"南京市玄武区\", \"latitude\": 32.05, \"longitude\": 118.80}, "
                    + "\"startsAt\": \"2022-09-19T09:00:00+08:00\", \"endsAt\": \"2022-09-19T11:30:00+08:00\", "
                    + "\"format\": \"offline\", \"settings\": [\"communities\"], \"expectedParticipants\": 300, "
                    + "\"visibility\": \"public\", \"voluntaryParticipation\": true, \"noFee\": true}")))
    @APIResponse(responseCode = "201", description = "Scheduled (planned), with warnings if any",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response schedule(ActivityRequest request) {
        ActivityService.Saved saved = service.schedule(validPlan(request));
        return Response.created(URI.create("/api/v1/activities/" + saved.activity().id))
                .entity(ActivityView.of(saved.activity(), bodies, service.showsContact(saved.activity()), saved.warnings())).tag(Versions.etag(saved.activity().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(operationId = "updateActivity",
            summary = "Change a planned or published activity; a published one keeps a history",
            description = "Send If-Match with the ETag you read. A change of a published activity announces "
                    + "ActivityRescheduled; changeReason is kept in its history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity is cancelled or completed, or a concurrent change "
            + "came first")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ActivityRequest request) {
        String scheduledWith = service.changeable(id).divisionCode;
        Long expectedVersion = Versions.required(ifMatch, "activity");
        ActivityService.Saved saved = service.change(id, validPlan(request, scheduledWith), request.changeReason(),
                expectedVersion);
        return Response.ok(ActivityView.of(saved.activity(), bodies, service.showsContact(saved.activity()), saved.warnings())).tag(Versions.etag(saved.activity().version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(operationId = "publishActivity",
            summary = "Publish a planned activity: it is announced (ActivityScheduled) and, if public, listed")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity is not planned")
    public ActivityView publish(@PathParam("id") UUID id) {
        return view(service.publish(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(operationId = "cancelActivity", summary = "Cancel a planned or published activity, with a reason",
            description = "A published one announces ActivityCancelled and stays in the public feeds, marked "
                    + "cancelled.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity is already cancelled or completed")
    public ActivityView cancel(@PathParam("id") UUID id, CancelRequest request) {
        validate(request);
        return view(service.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(operationId = "completeActivity",
            summary = "Complete a published activity with its outcome: participants, media items, photos",
            description = "Announces ActivityCompleted with the outcome.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "The activity is not published, or has not started yet")
    public ActivityView complete(@PathParam("id") UUID id, OutcomeRequest request) {
        validate(request);
        return view(service.complete(id, request.actualParticipants(), request.mediaItems(),
                request.photoCount(), request.note()));
    }

    @GET
    @Path("/calendar")
    @Authenticated
    @Operation(operationId = "getActivityCalendar",
            summary = "The national calendar: published activities per day (China time) per provincial unit",
            description = "from and to are China days, both inclusive, at most a year apart.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's activities")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "First day, yyyy-MM-dd")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "Last day, yyyy-MM-dd")
    public List<ActivityRepository.CalendarCell> calendar(@QueryParam("campaign") UUID campaign,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        InvalidInputException.collect()
                .check(!to.isBefore(from), "to", "must not be before from")
                .check(!to.isAfter(from.plusDays(366)), "to", "a calendar spans a year at most")
                .throwIfAny();
        return service.calendar(campaign, from, to);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getActivity",
            summary = "One activity; internal or unpublished ones only within the caller's jurisdiction or to the "
                    + "certification bodies it names",
            description = "The ETag is the activity's version: send it in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The activity", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") UUID id) {
        Activity activity = visible(service.get(id));
        return Response.ok(view(activity)).tag(Versions.etag(activity.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "listActivityHistory",
            summary = "The changes made to an activity after its publication, oldest first")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        visible(service.get(id));
        return service.history(id).stream().map(ChangeView::of).toList();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listActivities",
            summary = "Activities in start order: public published ones, and all within the caller's jurisdiction",
            description = "A certification body (role certification-body) also sees every activity naming it (its "
                    + "org claim), whatever the visibility or status. With near: only located activities within "
                    + "radiusKm (default 10, at most 500), nearest first, then in start order, each with distanceKm; "
                    + "with bbox: only located activities inside the box. A cursor resumes only the order it came "
                    + "from.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's activities")
    @Parameter(name = "province", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000")
    @Parameter(name = "within", in = ParameterIn.QUERY, description = "Division code: it and everything under it")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Activity type")
    @Parameter(name = "setting", in = ParameterIn.QUERY, description = "Setting (farms, supermarkets, ...)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Activity status")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Starting on or after this China day, yyyy-MM-dd")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Starting on or before this China day, yyyy-MM-dd")
    @Parameter(name = "certificationBody", in = ParameterIn.QUERY,
            description = "A certification body taking part, by approval number (e.g. CNCA-R-2002-001)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the title")
    public Page<ActivityView> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("province") String province, @QueryParam("within") String within,
            @QueryParam("type") ActivityType type, @QueryParam("setting") ActivitySetting setting,
            @QueryParam("status") ActivityStatus status, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("certificationBody") String certificationBody,
            @QueryParam("q") @Size(max = 100) String text, @BeanParam AreaQuery where,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        GeoArea area = where.area();
        ActivityRepository.Filter filter = new ActivityRepository.Filter(campaign, province,
                divisions.subtreeOf(within), type, setting, status, ChinaClock.startOf(from),
                ChinaClock.startOf(to == null ? null : to.plusDays(1)), certificationBody, text, visibleTo(),
                jurisdiction.organisation().orElse(null));
        if (area != null && area.isNear()) {
            Page<ActivityRepository.Located> page = AreaQuery.nearest(service, filter, area, limit, cursor);
            return new Page<>(page.items().stream().map(l -> view(l.activity()).at(AreaQuery.kilometres(l.distanceKm())))
                    .toList(), page.next());
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<ActivityView> rows = service.list(filter, area, after.timestamp(0), after.uuid(1), limit + 1).stream()
                .map(this::view).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.startsAt().toString(), v.id().toString()));
    }

    @GET
    @Path("/changes")
    @Authenticated
    @Operation(operationId = "listActivityChanges",
            summary = "Changes feed: the activities the caller may list, as the detail shows them, in commit order",
            description = DESCRIPTION_OF_CHANGES)
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The next of the previous page; none: from the beginning")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only activities now under this campaign")
    @Parameter(name = "province", in = ParameterIn.QUERY, description = "Only activities now in this provincial unit")
    public Changes<ActivityView> changes(@QueryParam("after") String after, @QueryParam("campaign") UUID campaign,
            @QueryParam("province") String province,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        ChangeFeed.Position from = ChangeFeed.Position.after(after);
        ActivityRepository.Filter filter = new ActivityRepository.Filter(campaign, province, null, null, null, null,
                null, null, null, null, visibleTo(), jurisdiction.organisation().orElse(null));
        return service.changes(filter, from, limit, a -> ActivityView.of(a, bodies, service.showsContact(a)));
    }

    static final String DESCRIPTION_OF_CHANGES = "Every change once, in the order the changes committed, with a cursor that never skips or repeats one while writes go on: a row written by a transaction that commits late is served after it commits, never passed over. Start without after (from the beginning), keep next and ask again with it; more says whether to ask at once. An object changed again before it is read appears once, as it is now. campaign and province select the objects that match now: one moved out of them stops appearing. How it works: docs/changes.md.";

    /**
     * The request's shape, with the service's rules added so that a bad request hears everything at once (the
     * service applies its rules again when it schedules: they are its own, whatever the entry point).
     */
    private ActivityPlan validPlan(ActivityRequest request) {
        return validPlan(request, null);
    }

    /** @param keptDivision the code a changed activity was scheduled with: it stays allowed after it is retired */
    private ActivityPlan validPlan(ActivityRequest request, String keptDivision) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "an activity is required",
                validator);
        ActivityPlan plan = null;
        if (request.campaigns() != null && request.venue() != null) {
            plan = request.plan();
            service.check(plan, keptDivision, errors);
        }
        errors.throwIfAny();
        return plan;
    }

    private void validate(Object request) {
        InvalidInputException.validate(request, "a body is required", validator).throwIfAny();
    }

    private ActivityView view(Activity a) {
        return ActivityView.of(a, bodies, service.showsContact(a));
    }

    /** Public announced ones to everyone; the others within the caller's jurisdiction, or naming the caller's body. */
    private Activity visible(Activity a) {
        return service.readable(a);
    }

    /** Null for the national office (everything); the caller's subtree for officers; nothing more for others. */
    private Set<String> visibleTo() {
        if (jurisdiction.isNational()) {
            return null;
        }
        return jurisdiction.scope().map(divisions::subtree).orElse(Set.of());
    }


}
