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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityPlan;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.Visibility;
import cn.gov.samr.campaigns.event.repository.ActivityRepository;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.event.service.ActivityService;
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
@SecurityRequirement(name = "bearer")
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

    public ActivityResource(ActivityService service, DivisionTree divisions, Validator validator,
            Jurisdiction jurisdiction) {
        this.service = service;
        this.divisions = divisions;
        this.validator = validator;
        this.jurisdiction = jurisdiction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(summary = "Schedule an activity (planned); warnings name what to look at, nothing is refused by them")
    public Response schedule(ActivityRequest request) {
        ActivityPlan plan = validPlan(request);
        jurisdiction.require(plan.divisionCode());
        ActivityService.Saved saved = service.schedule(plan, jurisdiction.caller());
        return Response.created(URI.create("/api/v1/activities/" + saved.activity().id))
                .entity(ActivityView.of(saved.activity(), saved.warnings())).tag(Versions.etag(saved.activity().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(summary = "Change a planned or published activity; a published one keeps a history")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ActivityRequest request) {
        jurisdiction.require(service.get(id).divisionCode);
        Long expectedVersion = Versions.required(ifMatch, "activity");
        ActivityPlan plan = validPlan(request);
        jurisdiction.require(plan.divisionCode());
        ActivityService.Saved saved = service.change(id, plan, request.changeReason(), expectedVersion,
                jurisdiction.caller());
        return Response.ok(ActivityView.of(saved.activity(), saved.warnings())).tag(Versions.etag(saved.activity().version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(summary = "Publish a planned activity: it is announced (ActivityScheduled) and, if public, listed")
    public ActivityView publish(@PathParam("id") UUID id) {
        jurisdiction.require(service.get(id).divisionCode);
        return ActivityView.of(service.publish(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(summary = "Cancel a planned or published activity, with a reason")
    public ActivityView cancel(@PathParam("id") UUID id, CancelRequest request) {
        validate(request);
        jurisdiction.require(service.get(id).divisionCode);
        return ActivityView.of(service.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Transactional
    @Operation(summary = "Complete a published activity with its outcome: participants, media items, photos")
    public ActivityView complete(@PathParam("id") UUID id, OutcomeRequest request) {
        validate(request);
        jurisdiction.require(service.get(id).divisionCode);
        return ActivityView.of(service.complete(id, request.actualParticipants(), request.mediaItems(),
                request.photoCount(), request.note()));
    }

    @GET
    @Path("/calendar")
    @Authenticated
    @Operation(summary = "The national calendar: published activities per day (China time) per provincial unit")
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
    @Operation(summary = "One activity; internal or unpublished ones only within the caller's jurisdiction")
    public Response get(@PathParam("id") UUID id) {
        Activity activity = visible(service.get(id));
        return Response.ok(ActivityView.of(activity)).tag(Versions.etag(activity.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "The changes made to an activity after its publication, oldest first")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        visible(service.get(id));
        return service.history(id).stream().map(ChangeView::of).toList();
    }

    @GET
    @Authenticated
    @Operation(summary = "Activities in start order: public published ones, and all within the caller's jurisdiction")
    public Page<ActivityView> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("province") String province, @QueryParam("within") String within,
            @QueryParam("type") ActivityType type, @QueryParam("setting") ActivitySetting setting,
            @QueryParam("status") ActivityStatus status, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("certificationBody") String certificationBody,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        ActivityRepository.Filter filter = new ActivityRepository.Filter(campaign, province,
                divisions.subtreeOf(within), type, setting, status, ChinaClock.startOf(from),
                ChinaClock.startOf(to == null ? null : to.plusDays(1)), certificationBody, text, visibleTo());
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<ActivityView> rows = service.list(filter, after.timestamp(0), after.uuid(1), limit + 1).stream()
                .map(ActivityView::of).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.startsAt().toString(), v.id().toString()));
    }

    /** All errors at once: the fields, the times, the campaigns' windows, the venue. */
    private ActivityPlan validPlan(ActivityRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "an activity is required",
                validator);
        if (request.startsAt() != null && request.endsAt() != null) {
            errors.check(request.endsAt().isAfter(request.startsAt()), "endsAt", "must be after startsAt");
        }
        ActivityPlan plan = null;
        if (request.campaigns() != null && request.venue() != null) {
            plan = request.plan();
            service.check(plan, errors);
        }
        errors.throwIfAny();
        return plan;
    }

    private void validate(Object request) {
        InvalidInputException.validate(request, "a body is required", validator).throwIfAny();
    }

    private Activity visible(Activity a) {
        boolean announced = a.visibility == Visibility.PUBLIC && a.publishedAt != null;
        if (!announced && !jurisdiction.covers(a.divisionCode)) {
            throw new NotFoundProblem("Activity", a.id);
        }
        return a;
    }

    /** Null for the national office (everything); the caller's subtree for officers; nothing more for others. */
    private Set<String> visibleTo() {
        if (jurisdiction.isNational()) {
            return null;
        }
        return jurisdiction.scope().map(divisions::subtree).orElse(Set.of());
    }


}
