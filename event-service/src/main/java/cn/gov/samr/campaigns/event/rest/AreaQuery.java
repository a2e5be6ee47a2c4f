package cn.gov.samr.campaigns.event.rest;

import java.util.List;
import java.util.function.Function;

import java.util.regex.Pattern;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.event.repository.ActivityRepository;
import cn.gov.samr.campaigns.event.service.ActivityService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;

/**
 * Where to look, as the activity lists take it: {@code near} (with {@code radiusKm}) and {@code bbox}, parsed and
 * documented once for the public list and feeds ({@link PublicActivityResource.Filters} extends it) and the
 * authenticated list ({@code @BeanParam} of {@link ActivityResource#list}), and the nearest-first page both lists
 * answer near with.
 */
public class AreaQuery {

    @Parameter(description = "Near this point: latitude,longitude in WGS-84 decimal degrees, e.g. 32.0418,118.7849 "
            + "(南京 新街口). Only located activities within radiusKm; the JSON list comes nearest first (then in "
            + "start order) with distanceKm in each item; the feeds keep start order.",
            schema = @Schema(type = SchemaType.STRING, pattern = "^-?[0-9]{1,3}(\\.[0-9]{1,10})?,-?[0-9]{1,3}(\\.[0-9]{1,10})?$",
                    maxLength = 40))
    @QueryParam("near")
    String near;
    @Parameter(description = "Kilometres from near: more than 0, at most 500; default 10. Only with near.",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true, maximum = "500"))
    @QueryParam("radiusKm")
    String radiusKm;
    @Parameter(description = "Only located activities inside this box: minLongitude,minLatitude,maxLongitude,"
            + "maxLatitude in WGS-84 degrees, GeoJSON's order (RFC 7946 §5), e.g. 118.70,31.95,118.90,32.10; a "
            + "box whose west edge is east of its east edge crosses the antimeridian (§5.2)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @QueryParam("bbox")
    String bbox;

    /** The area near and bbox describe, null for none; a 400 names each parameter that does not parse. */
    GeoArea area() {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        GeoArea.Point centre = null;
        Double radius = null;
        GeoArea.Box box = null;
        if (near != null) {
            double[] n = decimals(near, 2);
            errors.check(n != null && n[0] >= -90 && n[0] <= 90 && n[1] >= -180 && n[1] <= 180, "near",
                    "latitude,longitude in decimal degrees, e.g. 32.0418,118.7849: latitude from -90 to 90, "
                            + "longitude from -180 to 180");
            centre = n == null || Math.abs(n[0]) > 90 || Math.abs(n[1]) > 180 ? null : new GeoArea.Point(n[0], n[1]);
        }
        if (radiusKm != null) {
            double[] r = decimals(radiusKm, 1);
            errors.check(r != null && r[0] > 0 && r[0] <= GeoArea.MAX_RADIUS_KM, "radiusKm",
                    "kilometres, more than 0 and at most 500, e.g. 5 or 2.5");
            errors.check(near != null, "radiusKm", "a radius around near: give near too");
            radius = r == null || !(r[0] > 0) || r[0] > GeoArea.MAX_RADIUS_KM ? null : r[0];
        }
        if (bbox != null) {
            double[] b = decimals(bbox, 4);
            boolean ok = b != null && Math.abs(b[0]) <= 180 && Math.abs(b[2]) <= 180 && Math.abs(b[1]) <= 90
                    && Math.abs(b[3]) <= 90 && b[1] <= b[3];
            errors.check(ok, "bbox", "minLongitude,minLatitude,maxLongitude,maxLatitude (RFC 7946 §5), e.g. "
                    + "118.70,31.95,118.90,32.10: longitudes from -180 to 180, latitudes from -90 to 90, the "
                    + "south edge not north of the north edge");
            box = ok ? new GeoArea.Box(b[0], b[1], b[2], b[3]) : null;
        }
        errors.throwIfAny();
        if (centre == null && box == null) {
            return null;
        }
        return new GeoArea(centre, centre == null ? null : radius == null ? GeoArea.DEFAULT_RADIUS_KM : radius, box);
    }

    /**
     * Exactly {@code count} plain decimals separated by commas, else null: no exponents, NaN, Infinity or hex
     * floats, which Double.parseDouble would take.
     */
    private static double[] decimals(String text, int count) {
        String[] parts = text.strip().split(",", -1);
        if (parts.length != count) {
            return null;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            String part = parts[i].strip();
            if (!DECIMAL.matcher(part).matches()) {
                return null;
            }
            values[i] = Double.parseDouble(part);
        }
        return values;
    }

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,10})?");

    /**
     * A nearest-first page of the activities the filter selects within the area's radius: the cursor holds the
     * index's order (the chord distance, exact), the start and the id.
     */
    static Page<ActivityRepository.Located> nearest(ActivityService service, ActivityRepository.Filter filter,
            GeoArea area, int limit, String cursor) {
        return nearest(limit, cursor, resume -> service.nearest(filter, area, resume, limit + 1),
                l -> new ActivityRepository.NearCursor(l.order(), l.activity().startsAt, l.activity().id));
    }

    /** {@link #nearest(ActivityService, ActivityRepository.Filter, GeoArea, int, String)} of any row form. */
    static <T> Page<T> nearest(int limit, String cursor, Function<ActivityRepository.NearCursor, List<T>> rows,
            Function<T, ActivityRepository.NearCursor> position) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.TEXT, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        ActivityRepository.NearCursor resume = after.isEmpty() ? null
                : new ActivityRepository.NearCursor(order(after.text(0)), after.timestamp(1), after.uuid(2));
        return Page.of(rows.apply(resume), limit, row -> {
            ActivityRepository.NearCursor at = position.apply(row);
            return Cursor.encode(Double.toString(at.order()), at.start().toString(), at.id().toString());
        });
    }

    /** The distance an answer shows: kilometres to the metre. */
    static double kilometres(double distanceKm) {
        return Math.round(distanceKm * 1000) / 1000.0;
    }

    private static double order(String text) {
        try {
            double order = Double.parseDouble(text);
            if (Double.isFinite(order) && order >= 0) {
                return order;
            }
        } catch (NumberFormatException e) {
            // answered below like any other cursor this list did not return
        }
        throw InvalidInputException.of("cursor", "not a cursor this list returned; start again without one");
    }
}
