package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.CeremonyPlace;
import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.config.PublicFeedsConfig;
import cn.gov.samr.campaigns.event.repository.ActivityRepository;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.event.repository.LaunchCeremonyRepository;
import cn.gov.samr.campaigns.event.repository.ListedActivity;
import cn.gov.samr.campaigns.event.service.ActivityService;
import cn.gov.samr.campaigns.event.service.LaunchCeremonyService;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.MediaTypes;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.PublicCache;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * The consumers' calendar (activities near me): announced public activities, to anyone, as JSON, as an
 * iCalendar feed to subscribe to, and as GeoJSON for maps. One cancelled after its announcement stays, marked
 * cancelled, so that subscribed calendars drop it. Contacts and internal activities never appear.
 */
@Path("/api/v1/public")
@PermitAll
@Tag(name = "Public activities", description = "Published public activities, anonymous: JSON, iCalendar, GeoJSON")
public class PublicActivityResource {

    /** The feeds are not paged; they carry at most this many activities, in start order. */
    static final int FEED_LIMIT = 2000;

    @Schema(requiredProperties = {
            "id", "type", "title", "campaigns", "division", "provincialUnit", "startsAt", "endsAt", "format",
            "settings", "status" })
    public record PublicActivity(UUID id, ActivityType type, LocalizedText title, String description,
            Set<UUID> campaigns, String division, String provincialUnit, String address, BigDecimal latitude,
            BigDecimal longitude, OffsetDateTime startsAt, OffsetDateTime endsAt, ActivityFormat format,
            Set<ActivitySetting> settings, ActivityStatus status,
            @Schema(description = "Where to join an online or hybrid activity", format = "uri") String onlineUrl,
            @Schema(description = "Its photo or poster: GET this path of event-service", format = "uri-reference")
            String image,
            @Schema(description = "Great-circle distance from the point of near, in kilometres (to the metre); "
                    + "only in answers to near") Double distanceKm) {

        static PublicActivity of(Activity a) {
            return of(a, null);
        }

        static PublicActivity of(Activity a, Double distanceKm) {
            return new PublicActivity(a.id, a.type, a.title, a.descriptionZh, Set.copyOf(a.campaignIds), a.divisionCode,
                    a.provincialUnit, a.venueAddress, a.latitude, a.longitude, a.startsAt, a.endsAt, a.format,
                    Set.copyOf(a.settings), a.status, a.onlineUrl, a.imageKey == null ? null : imagePath(a.id),
                    distanceKm);
        }

        static PublicActivity of(ListedActivity a) {
            return of(a, null);
        }

        static PublicActivity of(ListedActivity a, Double distanceKm) {
            return new PublicActivity(a.id(), a.type(), a.title(), a.descriptionZh(), a.campaigns(), a.divisionCode(),
                    a.provincialUnit(), a.venueAddress(), a.latitude(), a.longitude(), a.startsAt(), a.endsAt(),
                    a.format(), a.settings(), a.status(), a.onlineUrl(), a.hasImage() ? imagePath(a.id()) : null,
                    distanceKm);
        }
    }

    /** Where anyone fetches a public activity's image ({@link ActivityImageResource}). */
    static String imagePath(UUID id) {
        return "/api/v1/public/activities/" + id + "/image";
    }

    /**
     * The schema of {@code Page<PublicActivity>}, the JSON answer of the list, named as SmallRye names it: the list's
     * 200 lists its three media types explicitly, and an explicit content needs a class to point to.
     */
    @Schema(name = "PagePublicActivity", requiredProperties = "items")
    record PublicActivityPage(@Schema(description = "This page's items, at most limit") List<PublicActivity> items,
            @Schema(description = "The cursor of the next page; absent on the last page") String next) {
    }

    /** The filters every form of the feed takes. */
    public static class Filters extends AreaQuery {
        @Parameter(description = "Only this campaign's activities")
        @QueryParam("campaign")
        UUID campaign;
        @Parameter(description = "Provincial unit code, e.g. 320000")
        @QueryParam("province")
        String province;
        @Parameter(description = "Division code: it and everything under it")
        @QueryParam("within")
        String within;
        @Parameter(description = "Activity type")
        @QueryParam("type")
        ActivityType type;
        @Parameter(description = "Starting on or after this China day, yyyy-MM-dd")
        @QueryParam("from")
        LocalDate from;
        @Parameter(description = "Starting on or before this China day, yyyy-MM-dd")
        @QueryParam("to")
        LocalDate to;
        @Parameter(description = "Text in the title")
        @QueryParam("q")
        @Size(max = 100)
        String text;
    }

    /** What the JSON list shows: activities, and the division tree its within filter reads. */
    static final String LIST_SCOPES = "activities,divisions";
    /** What the feeds show: the list, the launch ceremonies of published campaigns, and the bureaus' names. */
    static final String FEED_SCOPES = "activities,launch-ceremonies,campaigns,divisions";
    static final String GEO_JSON = "application/geo+json";

    private final ActivityService service;
    private final LaunchCeremonyService ceremonies;
    private final DivisionTree divisions;
    private final DivisionRepository divisionNames;
    private final PublicFeedsConfig feeds;
    private final Clock clock;

    public PublicActivityResource(ActivityService service, LaunchCeremonyService ceremonies, DivisionTree divisions,
            DivisionRepository divisionNames, PublicFeedsConfig feeds, Clock clock) {
        this.service = service;
        this.ceremonies = ceremonies;
        this.divisions = divisions;
        this.divisionNames = divisionNames;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GET
    @Path("/activities")
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = PublicCache.EXTENSION, value = LIST_SCOPES)
    @Operation(operationId = "listPublicActivities",
            summary = "Published public activities in start order, or nearest first with near; paged",
            description = "Announced public activities; one cancelled after its announcement stays, marked "
                    + "cancelled. No contacts, no internal activities. With near: only located activities within "
                    + "radiusKm (default 10, at most 500), nearest first, then in start order, each with distanceKm; "
                    + "with bbox: only located activities inside the box. A cursor resumes only the order it came "
                    + "from. Accept: text/calendar answers the iCalendar "
                    + "feed and Accept: application/geo+json the GeoJSON, as /public/activities.ics and .geojson "
                    + "do (not paged: without limit and cursor); JSON otherwise.")
    @APIResponse(responseCode = "200", description = "A page of activities, or the whole feed as asked by Accept",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicActivityPage.class)),
                    @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING,
                            description = "A VCALENDAR with one VEVENT per activity")),
                    @Content(mediaType = GEO_JSON, schema = @Schema(implementation = GeoJson.FeatureCollection.class)) })
    public Page<PublicActivity> list(@BeanParam Filters filters,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        GeoArea area = filters.area();
        if (area != null && area.isNear()) {
            return nearest(filters, area, limit, cursor);
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<PublicActivity> rows = service.listed(filter(filters), area, after.timestamp(0), after.uuid(1), limit + 1)
                .stream().map(PublicActivity::of).toList();
        return Page.of(rows, limit, a -> Cursor.encode(a.startsAt().toString(), a.id().toString()));
    }

    /**
     * The list asked for as a feed (Accept: text/calendar or application/geo+json): the same answer as the .ics or
     * .geojson path. JAX-RS picks this method by Accept; the JSON method stays the default and the documented one.
     */
    @GET
    @Path("/activities")
    @Produces({ "text/calendar", GEO_JSON })
    @Extension(name = PublicCache.EXTENSION, value = FEED_SCOPES)
    @Operation(hidden = true)
    public Response listAsFeed(@BeanParam Filters filters, @Context HttpHeaders headers) {
        if (GEO_JSON.equals(MediaTypes.choose(headers.getHeaderString(HttpHeaders.ACCEPT),
                List.of("text/calendar", GEO_JSON)))) {
            return Response.ok(geoJson(filters), GEO_JSON).build();
        }
        return iCalendar(filters);
    }

    /** Nearest first, each with its distance (AreaQuery: the paging both activity lists share). */
    private Page<PublicActivity> nearest(Filters filters, GeoArea area, int limit, String cursor) {
        Page<ActivityRepository.NearListed> page = AreaQuery.nearest(limit, cursor,
                resume -> service.nearestListed(filter(filters), area, resume, limit + 1),
                l -> new ActivityRepository.NearCursor(l.order(), l.activity().startsAt(), l.activity().id()));
        return new Page<>(page.items().stream()
                .map(l -> PublicActivity.of(l.activity(), AreaQuery.kilometres(l.distanceKm()))).toList(), page.next());
    }

    @GET
    @Path("/activities.ics")
    @Produces("text/calendar")
    @Extension(name = PublicCache.EXTENSION, value = FEED_SCOPES)
    @Operation(operationId = "getPublicActivitiesCalendar",
            summary = "The same activities as an iCalendar feed (RFC 5545); filter per campaign or province",
            description = "At most 2000 activities, in start order; a cancelled one has STATUS:CANCELLED so that "
                    + "subscribed calendars drop it. Then the launch ceremonies of published campaigns (UID "
                    + "launch-ceremony-<id>, CATEGORIES launch-ceremony; all day when no start time is known) unless "
                    + "another type than launch-ceremony is asked for.")
    @APIResponse(responseCode = "200", description = "The iCalendar feed",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, description = "A VCALENDAR with one VEVENT per activity")))
    public Response iCalendar(@BeanParam Filters filters) {
        String name = "认证宣传活动" + (filters.province == null ? "" : " " + filters.province);
        Map<String, String> bureaus = divisionNames.provincialUnits().stream()
                .collect(Collectors.toMap(d -> d.code, d -> d.name.zh()));
        return Response.ok(ICalendar.of(name, feed(filters), ceremonies(filters), clock.instant(),
                new ICalendar.Links(feeds.baseUrl(), feeds.organizer(), bureaus)), ICalendar.MEDIA_TYPE).build();
    }

    @GET
    @Path("/activities.geojson")
    @Produces("application/geo+json")
    @Extension(name = PublicCache.EXTENSION, value = FEED_SCOPES)
    @Operation(operationId = "getPublicActivitiesGeoJson",
            summary = "The same activities as a GeoJSON FeatureCollection (RFC 7946)",
            description = "At most 2000 activities, each with its status (a cancelled one stays, marked cancelled); "
                    + "one without coordinates has geometry null (RFC 7946 §3.2). Then the launch ceremonies of "
                    + "published campaigns (properties.kind launch-ceremony, id launch-ceremony-<id>; geometry null "
                    + "when held online or not located) unless another type than launch-ceremony is asked for.")
    @APIResponse(responseCode = "200", description = "The feature collection", content = @Content(
            mediaType = "application/geo+json", schema = @Schema(implementation = GeoJson.FeatureCollection.class)))
    public GeoJson.FeatureCollection geoJson(@BeanParam Filters filters) {
        return GeoJson.FeatureCollection.of(feed(filters), ceremonies(filters));
    }

    @GET
    @Path("/activities/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicActivityChanges",
            summary = "Changes feed of the announced public activities, in commit order (a cancellation included)",
            description = ActivityResource.DESCRIPTION_OF_CHANGES)
    public Changes<PublicActivity> changes(
            @Parameter(description = "The next of the previous page; none: from the beginning") @QueryParam("after") String after,
            @Parameter(description = "Only activities now under this campaign") @QueryParam("campaign") UUID campaign,
            @Parameter(description = "Only activities now in this provincial unit") @QueryParam("province") String province,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        ChangeFeed.Position from = ChangeFeed.Position.after(after);
        // the list's rule: announced public activities only (visibleTo empty, no body)
        ActivityRepository.Filter filter = new ActivityRepository.Filter(campaign, province, null, null, null, null,
                null, null, null, null, Set.of(), null);
        return service.changes(filter, from, limit, PublicActivity::of);
    }

    private List<Activity> feed(Filters filters) {
        return service.list(filter(filters), filters.area(), null, null, FEED_LIMIT);
    }

    /** The launch ceremonies the same filters select: of published campaigns, a handful a year. */
    private List<LaunchCeremony> ceremonies(Filters f) {
        if (f.type != null && f.type != ActivityType.LAUNCH_CEREMONY) {
            return List.of();
        }
        List<LaunchCeremony> found = ceremonies.list(new LaunchCeremonyRepository.Filter(f.campaign, f.from, f.to, null,
                true, f.province, divisions.subtreeOf(f.within), f.text), null, null, FEED_LIMIT);
        GeoArea area = f.area();
        // a handful a year: narrowed here rather than by an index; an unlocated one is in no area
        return area == null ? found : found.stream().filter(c -> {
            CeremonyPlace place = c.place();
            return place != null && place.latitude() != null && place.longitude() != null && area.contains(
                    new GeoArea.Point(place.latitude().doubleValue(), place.longitude().doubleValue()));
        }).toList();
    }

    private ActivityRepository.Filter filter(Filters f) {
        return new ActivityRepository.Filter(f.campaign, f.province, divisions.subtreeOf(f.within), f.type, null, null,
                ChinaClock.startOf(f.from), ChinaClock.startOf(f.to == null ? null : f.to.plusDays(1)), null, f.text,
                Set.of(), null);
    }
}
