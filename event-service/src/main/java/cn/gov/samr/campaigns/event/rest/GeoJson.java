package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.CeremonyPlace;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * The public activities as a GeoJSON FeatureCollection (RFC 7946): one feature per activity and one per launch
 * ceremony (kind {@code launch-ceremony}, id {@code launch-ceremony-<id>}), a Point where coordinates are known and
 * {@code geometry: null} where they are not (RFC 7946 §3.2: an "unlocated" feature), so that a map client still
 * lists what it cannot place.
 */
final class GeoJson {

    private GeoJson() {
    }

    @Schema(name = "GeoJsonFeatureCollection", requiredProperties = { "type", "features" })
    @JsonPropertyOrder({ "type", "features" })
    record FeatureCollection(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features) {

        static FeatureCollection of(List<Activity> activities) {
            return of(activities, List.of());
        }

        static FeatureCollection of(List<Activity> activities, List<LaunchCeremony> ceremonies) {
            return new FeatureCollection("FeatureCollection",
                    Stream.concat(activities.stream().map(Feature::of), ceremonies.stream().map(Feature::of)).toList());
        }
    }

    @Schema(name = "GeoJsonFeature", requiredProperties = { "type", "id", "geometry", "properties" },
            description = "An activity or a launch ceremony; geometry is null when its place has no coordinates")
    @JsonPropertyOrder({ "type", "id", "geometry", "properties" })
    record Feature(@Schema(enumeration = "Feature") String type, String id,
            // null when the place has no coordinates (held online, a venue not yet located); a description here
            // would make SmallRye type the property "object" and refuse the null
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) Point geometry,
            Properties properties) {

        static Feature of(Activity a) {
            return new Feature("Feature", a.id.toString(), Point.of(a.longitude, a.latitude),
                    new Properties(KIND_ACTIVITY, a.id, a.title.zh(), a.type, a.status, a.startsAt, a.endsAt, null,
                            a.venueAddress, null, a.onlineUrl,
                            a.imageKey == null ? null : PublicActivityResource.imagePath(a.id)));
        }

        static Feature of(LaunchCeremony c) {
            CeremonyPlace place = c.place();
            OffsetDateTime startsAt = c.plannedStartTime == null ? null
                    : c.day().atTime(c.plannedStartTime).atZone(ChinaClock.ZONE).toOffsetDateTime();
            return new Feature("Feature", ICalendar.CEREMONY_UID_PREFIX + c.id,
                    place == null ? null : Point.of(place.longitude(), place.latitude()),
                    new Properties(KIND_CEREMONY, c.id, c.title.zh(), ActivityType.LAUNCH_CEREMONY, null, startsAt,
                            null, c.day(), place == null ? null : place.address(), c.outcome, c.link, null));
        }
    }

    @Schema(name = "GeoJsonPoint", requiredProperties = { "type", "coordinates" })
    @JsonPropertyOrder({ "type", "coordinates" })
    record Point(@Schema(enumeration = "Point") String type,
            @Schema(description = "Longitude, latitude (WGS-84)", minItems = 2, maxItems = 2) List<BigDecimal> coordinates) {

        /** GeoJSON positions are longitude first; null when either is unknown. */
        static Point of(BigDecimal longitude, BigDecimal latitude) {
            return longitude == null || latitude == null ? null : new Point("Point", List.of(longitude, latitude));
        }
    }

    static final String KIND_ACTIVITY = "activity";
    static final String KIND_CEREMONY = "launch-ceremony";

    /**
     * @param kind     an activity, or a launch ceremony (a record of its own, not an activity)
     * @param status   an activity's status (published, or cancelled after its announcement: subscribers drop it)
     * @param startsAt an activity's start; a ceremony's planned start when known
     * @param endsAt   an activity's end
     * @param date     a ceremony's day, as held or as planned
     * @param outcome  a ceremony's outcome
     * @param onlineUrl where to join an online or hybrid activity, or watch a ceremony: what a map shows for a
     *                  feature it cannot place
     * @param image    an activity's photo or poster, as in the JSON list
     */
    @Schema(name = "GeoJsonActivityProperties", requiredProperties = { "kind", "id", "title", "type" })
    record Properties(@Schema(enumeration = { KIND_ACTIVITY, KIND_CEREMONY }) String kind, UUID id,
            @Schema(description = "The Chinese title") String title, ActivityType type, ActivityStatus status,
            OffsetDateTime startsAt, OffsetDateTime endsAt, LocalDate date, String address, LaunchOutcome outcome,
            @Schema(description = "Where to join an online or hybrid activity, or watch a launch ceremony",
                    format = "uri") String onlineUrl,
            @Schema(description = "An activity's photo or poster: GET this path of event-service",
                    format = "uri-reference") String image) {
    }
}
