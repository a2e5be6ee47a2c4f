package cn.gov.samr.campaigns.event.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The circle around a bounding box, which the bbox search hands to the GiST index (earth_box): it must hold every
 * point of the box, or the index would drop activities the box contains. Checked on a dense grid of each box's
 * points, for a city's box, a province's, one across the antimeridian, one reaching a pole and one 180° wide.
 */
class GeoAreaTest {

    private static final List<GeoArea.Box> BOXES = List.of(
            new GeoArea.Box(118.70, 31.95, 118.90, 32.10), // 南京 新街口
            new GeoArea.Box(116.3, 30.7, 121.9, 35.2), // 江苏省
            new GeoArea.Box(170, -50, -170, -30), // across the antimeridian
            new GeoArea.Box(-30, 60, 60, 90), // up to the North Pole
            new GeoArea.Box(-90, -80, 90, 10), // 180° of longitude, from near the South Pole
            new GeoArea.Box(10, 5, 10, 5)); // a point

    @Test
    void theCircleHoldsEveryPointOfTheBoxAndTouchesAFarthestCorner() {
        for (GeoArea.Box box : BOXES) {
            GeoArea.Circle circle = box.circumscribed();
            assertNotNull(circle, box.toString());
            double farthest = 0;
            int steps = 200;
            double span = box.crossesAntimeridian() ? box.maxLongitude() + 360 - box.minLongitude()
                    : box.maxLongitude() - box.minLongitude();
            for (int i = 0; i <= steps; i++) {
                double lat = box.minLatitude() + (box.maxLatitude() - box.minLatitude()) * i / steps;
                for (int j = 0; j <= steps; j++) {
                    double lon = box.minLongitude() + span * j / steps;
                    GeoArea.Point p = new GeoArea.Point(lat, lon > 180 ? lon - 360 : lon);
                    assertTrue(box.contains(p), "the grid stays in the box: " + p);
                    farthest = Math.max(farthest, circle.centre().distanceKm(p));
                }
            }
            assertTrue(farthest <= circle.radiusKm() * (1 + 1e-12), box + ": a point at " + farthest
                    + " km, outside the circle of " + circle.radiusKm());
            // and no wider than it needs: the farthest corner is on the circle
            assertEquals(circle.radiusKm(), farthest, circle.radiusKm() * 1e-9, box.toString());
        }
    }

    @Test
    void theCircleIsCentredInTheBoxAcrossTheAntimeridianToo() {
        GeoArea.Circle circle = new GeoArea.Box(170, -50, -170, -30).circumscribed();
        assertEquals(-40, circle.centre().latitude(), 1e-9);
        assertEquals(180, Math.abs(circle.centre().longitude()), 1e-9);
        GeoArea.Circle east = new GeoArea.Box(175, 0, -165, 10).circumscribed();
        assertEquals(-175, east.centre().longitude(), 1e-9);
    }

    @Test
    void aBoxWiderThanHalfTheEarthHasNoCircle() {
        assertNull(new GeoArea.Box(-100, 0, 100, 10).circumscribed());
        assertNull(new GeoArea.Box(100, 0, 90, 10).circumscribed()); // across the antimeridian, 350° wide
    }
}
