package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityType;

/** The public activities as a GeoJSON FeatureCollection (RFC 7946): one Point feature per activity with coordinates. */
final class GeoJson {

    private GeoJson() {
    }

    @Schema(name = "GeoJsonFeatureCollection", requiredProperties = { "type", "features" })
    @JsonPropertyOrder({ "type", "features" })
    record FeatureCollection(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features) {

        static FeatureCollection of(List<Activity> activities) {
            return new FeatureCollection("FeatureCollection", activities.stream()
                    .filter(a -> a.latitude != null && a.longitude != null).map(Feature::of).toList());
        }
    }

    @Schema(name = "GeoJsonFeature", requiredProperties = { "type", "id", "geometry", "properties" })
    @JsonPropertyOrder({ "type", "id", "geometry", "properties" })
    record Feature(@Schema(enumeration = "Feature") String type, String id, Point geometry, Properties properties) {

        static Feature of(Activity a) {
            // GeoJSON positions are longitude first
            return new Feature("Feature", a.id.toString(), new Point("Point", List.of(a.longitude, a.latitude)),
                    new Properties(a.id, a.title.zh(), a.type, a.startsAt, a.endsAt, a.venueAddress));
        }
    }

    @Schema(name = "GeoJsonPoint", requiredProperties = { "type", "coordinates" })
    @JsonPropertyOrder({ "type", "coordinates" })
    record Point(@Schema(enumeration = "Point") String type,
            @Schema(description = "Longitude, latitude (WGS-84)", minItems = 2, maxItems = 2) List<BigDecimal> coordinates) {
    }

    @Schema(name = "GeoJsonActivityProperties", requiredProperties = { "id", "title", "type", "startsAt", "endsAt" })
    record Properties(UUID id, @Schema(description = "The Chinese title") String title, ActivityType type,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String address) {
    }
}
