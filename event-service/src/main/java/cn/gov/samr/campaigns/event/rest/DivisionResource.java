package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.PublicCache;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Administrative divisions (行政区划, GB/T 2260) and the 32 provincial units, "
        + "with their validity over time")
public class DivisionResource {

    /**
     * {@code provincialUnit}: the unit the division reports through (the XPCC for its cities, 659001..., and its
     * regiment farms). {@code administeredBy}: the XPCC division-city that runs a regiment farm lying in a Xinjiang
     * county ({@code parentCode}); null where the parent runs it. {@code validTo}: the first day the code is no
     * longer current, null while it is; {@code successors}: the codes that took a retired code's place.
     */
    @Schema(requiredProperties = { "code", "name", "level", "provincialUnit", "successors",
            "predecessors" })
    public record DivisionView(String code, LocalizedText name, Division.Level level, String parentCode,
            String provincialUnit, String administeredBy,
            @Schema(description = "First day the code is current; null: in the first data set (2023)") LocalDate validFrom,
            @Schema(description = "First day the code is no longer current; null: current") LocalDate validTo,
            @Schema(maxItems = 50, description = "Codes that took this retired code's place") List<String> successors,
            @Schema(maxItems = 50, description = "Retired codes whose place this code took") List<String> predecessors,
            @Schema(description = "A representative point (WGS-84): GeoNames' position of the place that bears the "
                    + "division's name, usually the seat of its government; not the centre of its area. Absent where "
                    + "GeoNames names no such place (about 280 of the 340 cities, 880 of the 2,980 counties, no "
                    + "provincial unit). Data: GeoNames, CC BY 4.0.") Centroid centroid) {
        static DivisionView of(Division d, Map<String, List<String>> successors, Map<String, List<String>> predecessors) {
            return new DivisionView(d.code, d.name, d.level, d.parentCode, d.provincialUnit, d.administeredBy,
                    d.validFrom, d.validTo, successors.getOrDefault(d.code, List.of()),
                    predecessors.getOrDefault(d.code, List.of()),
                    d.latitude == null ? null : new Centroid(d.latitude, d.longitude, d.pointPlace));
        }
    }

    /** A division's representative point and the GeoNames place it is. */
    @Schema(requiredProperties = { "latitude", "longitude", "place" })
    public record Centroid(BigDecimal latitude, BigDecimal longitude,
            @Schema(description = "The GeoNames place, by its Latin name, e.g. Nanjing") String place) {
    }

    /**
     * What a point resolves to. GeoNames gives no boundaries with a clear licence, so the division is that of the
     * nearest GeoNames place: exact inside a division, possibly the neighbour within a few kilometres of a border.
     */
    @Schema(requiredProperties = { "city", "provincialUnit", "nearestPlace", "nearestPlaceKm" })
    public record DivisionLocation(
            @Schema(description = "The county (县级) the nearest place lies in; absent when the place's name does not "
                    + "tell its county") DivisionView county,
            DivisionView city, DivisionView provincialUnit,
            @Schema(description = "The nearest GeoNames place, by its Latin name") String nearestPlace,
            @Schema(description = "Kilometres from the point to that place") double nearestPlaceKm,
            @Schema(description = "Kilometres from the point to the county's representative point (its centroid "
                    + "field), when it has one") Double countyCentroidKm) {
    }

    /** Farther than this from every known place, a point is not resolved: at sea or outside the data. */
    static final double LOCATE_WITHIN_KM = 50;

    /** One division with its earlier names. */
    @Schema(requiredProperties = { "division", "formerNames" })
    public record DivisionDetail(DivisionView division,
            @Schema(maxItems = 50, description = "Earlier Chinese names, oldest first, each with the first day it "
                    + "no longer held") List<DivisionRepository.FormerName> formerNames) {
    }

    private final DivisionRepository divisions;
    private final DivisionTree tree;
    private final Clock clock;

    public DivisionResource(DivisionRepository divisions, DivisionTree tree, Clock clock) {
        this.divisions = divisions;
        this.tree = tree;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Extension(name = PublicCache.EXTENSION, value = "divisions," + PublicCache.TODAY)
    @Operation(operationId = "listDivisions",
            summary = "Divisions, by level, parent, subtree, name and date; public reference data",
            description = "The 32 provincial units, the cities and counties of GB/T 2260, and the XPCC's regiment "
                    + "farms (townships, nine-digit codes). By default the divisions current today (China time); "
                    + "asOf lists those current on another day, includeRetired=true every code ever loaded.")
    @APIResponse(responseCode = "200", description = "The divisions that match", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = DivisionView.class)))
    public List<DivisionView> list(
            @Parameter(description = "provincial-unit, city, county or township") @QueryParam("level") Division.Level level,
            @Parameter(description = "code of the parent division") @QueryParam("parent") String parent,
            @Parameter(description = "code of a division: it and everything within it, in code order; a provincial "
                    + "unit includes the divisions that report through it, an XPCC city the regiment farms it "
                    + "administers") @QueryParam("within") String within,
            @Parameter(description = "text the Chinese name contains, e.g. 湖州") @QueryParam("q") String q,
            @Parameter(description = "the day the divisions must be current on (yyyy-MM-dd); default today")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "true: current and retired codes alike (not with asOf)")
            @QueryParam("includeRetired") Boolean includeRetiredParam) {
        boolean includeRetired = Boolean.TRUE.equals(includeRetiredParam);
        if (includeRetired && asOf != null) {
            throw InvalidInputException.of("includeRetired", "lists every code whatever the date: leave out asOf");
        }
        String scope = blankToNull(within);
        // An unknown subtree is an error, not an empty list: a typo must not look like a division with no units.
        Set<String> subtree = tree.subtreeOf(scope);
        LocalDate day = includeRetired ? null : asOf != null ? asOf : LocalDate.now(clock.withZone(ChinaClock.ZONE));
        List<Division> found = divisions.list(new DivisionRepository.Filter(level, blankToNull(parent), subtree,
                blankToNull(q), day));
        return views(found);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Extension(name = PublicCache.EXTENSION, value = "divisions")
    @Operation(operationId = "getDivision",
            summary = "One division, current or retired: names, level, parent, validity, successors",
            description = "A code a newer list retired still answers, with its validTo and the codes that took its "
                    + "place; codes are never reused.")
    @APIResponse(responseCode = "200", description = "The division", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionDetail.class)))
    public DivisionDetail get(@Parameter(description = "six-digit code, nine for a township") @PathParam("code") String code) {
        Division d = divisions.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem("Division", code));
        return new DivisionDetail(views(List.of(d)).get(0), divisions.formerNames(code));
    }

    @GET
    @Path("/locate")
    @PermitAll
    @Operation(operationId = "locateDivision",
            summary = "The county, city and provincial unit a point lies in, by the nearest known place",
            description = "lat and lon in WGS-84 decimal degrees. The divisions are those of the nearest GeoNames "
                    + "place (CC BY 4.0) within 50 km: no boundaries are loaded, so within a few kilometres of a "
                    + "border the answer may name the neighbour; the county is absent where the place's name does not "
                    + "tell it. 404 when no place is within 50 km (at sea, outside China).")
    @APIResponse(responseCode = "200", description = "The divisions the point resolves to", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionLocation.class)))
    public DivisionLocation locate(
            @Parameter(description = "latitude, -90 to 90, e.g. 32.0206", required = true,
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90")) @QueryParam("lat") String lat,
            @Parameter(description = "longitude, -180 to 180, e.g. 118.7887", required = true,
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180")) @QueryParam("lon") String lon) {
        Double latitude = degrees(lat, 90);
        Double longitude = degrees(lon, 180);
        InvalidInputException.collect()
                .check(latitude != null, "lat", "decimal degrees from -90 to 90, e.g. 32.0206")
                .check(longitude != null, "lon", "decimal degrees from -180 to 180, e.g. 118.7887")
                .throwIfAny();
        DivisionRepository.NearestPlace place = divisions.nearestPlace(latitude, longitude, LOCATE_WITHIN_KM * 1000)
                .orElseThrow(() -> new NotFoundProblem("Division at", lat.strip() + "," + lon.strip()));
        Division city = divisions.findById(place.cityCode());
        Division county = place.countyCode() == null ? null : divisions.findById(place.countyCode());
        Division unit = divisions.findById(city.provincialUnit);
        List<DivisionView> views = views(county == null ? List.of(city, unit) : List.of(county, city, unit));
        Double countyKm = county == null || county.latitude == null ? null : round(new GeoArea.Point(latitude, longitude)
                .distanceKm(new GeoArea.Point(county.latitude.doubleValue(), county.longitude.doubleValue())));
        return new DivisionLocation(county == null ? null : views.get(0), views.get(views.size() - 2),
                views.get(views.size() - 1), place.name(), round(place.metres() / 1000), countyKm);
    }

    private static double round(double km) {
        return Math.round(km * 1000) / 1000.0;
    }

    /** Plain decimal degrees within ±bound, else null: no exponents, NaN or Infinity. */
    private static Double degrees(String text, int bound) {
        if (text == null || !text.strip().matches("-?[0-9]{1,3}(\\.[0-9]{1,10})?")) {
            return null;
        }
        double value = Double.parseDouble(text.strip());
        return Math.abs(value) <= bound ? value : null;
    }

    private List<DivisionView> views(List<Division> found) {
        List<DivisionRepository.Succession> links = divisions.successions(found.stream().map(d -> d.code).toList());
        Map<String, List<String>> successors = links.stream().collect(Collectors.groupingBy(
                DivisionRepository.Succession::code,
                Collectors.mapping(DivisionRepository.Succession::successor, Collectors.toList())));
        Map<String, List<String>> predecessors = links.stream().collect(Collectors.groupingBy(
                DivisionRepository.Succession::successor,
                Collectors.mapping(DivisionRepository.Succession::code, Collectors.toList())));
        return found.stream().map(d -> DivisionView.of(d, successors, predecessors)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
