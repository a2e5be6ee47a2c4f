package cn.gov.samr.campaigns.event.domain;

/**
 * Where a consumer looks for activities: around a point within a radius ("near me"), inside a bounding box (a map's
 * view), or both. Positions are WGS-84 degrees, as the activities' own coordinates are.
 *
 * @param centre   the point of a near search, or null
 * @param radiusKm how far from the centre, in kilometres; set whenever the centre is
 * @param box      the bounding box, or null
 */
public record GeoArea(Point centre, Double radiusKm, Box box) {

    /**
     * PostgreSQL's earthdistance measures on a sphere of this radius ({@code earth()}, 6,378,168 m); distances the
     * service reports and checks in Java use the same one, so that a point the database finds within r is within r
     * here too.
     */
    public static final double EARTH_RADIUS_KM = 6378.168;

    /** "Near me" without a radius: a walk or a short ride in a city. */
    public static final double DEFAULT_RADIUS_KM = 10;

    /**
     * The widest search: about a province. A wider one would sort most of the country by distance for nobody (the
     * list without near does that job in start order).
     */
    public static final double MAX_RADIUS_KM = 500;

    /**
     * A bounding box whose circumscribed circle is at most this wide (a city and its outskirts) is searched through
     * the spatial index; a wider one in start order as before. Measured on 1,000,000 activities: the index turns a
     * sparse or empty small box from a scan of the table (0.8–1.4 s) into a fraction of a millisecond, but a
     * province-sized box over a dense region holds tens of thousands of rows the index reads and sorts (3 s) where
     * the start-order walk finds its page in under a millisecond.
     */
    public static final double INDEXED_BOX_RADIUS_KM = 50;

    public GeoArea {
        if (centre != null && (radiusKm == null || !(radiusKm > 0) || radiusKm > MAX_RADIUS_KM)) {
            throw new IllegalArgumentException("radius out of (0, " + MAX_RADIUS_KM + "]: " + radiusKm);
        }
    }

    /** A position in WGS-84 degrees. */
    public record Point(double latitude, double longitude) {

        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("not a position: " + latitude + "," + longitude);
            }
        }

        /** Great-circle distance (haversine) on earthdistance's sphere, in kilometres. */
        public double distanceKm(Point other) {
            double dLat = Math.toRadians(other.latitude - latitude);
            double dLon = Math.toRadians(other.longitude - longitude);
            double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                    * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }

    /**
     * A bounding box in GeoJSON's order (RFC 7946 §5): west, south, east, north. A box whose west edge is east of
     * its east edge crosses the antimeridian (§5.2) and holds the longitudes outside [east, west].
     */
    public record Box(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

        public Box {
            new Point(minLatitude, minLongitude);
            new Point(maxLatitude, maxLongitude);
            if (minLatitude > maxLatitude) {
                throw new IllegalArgumentException("south edge north of the north edge");
            }
        }

        public boolean crossesAntimeridian() {
            return minLongitude > maxLongitude;
        }

        /**
         * A circle holding the whole box, for an index that answers discs ({@code earth_box} on activity_near): centred
         * on the box's middle, its radius the distance to the farthest corner. For a fixed latitude the distance
         * grows with the longitude's offset from the middle, so the farthest points lie on the east and west edges;
         * along such an edge, while the offset is at most 90°, the distance has no maximum inside the edge (its
         * cosine is a·sin φ + b·cos φ with b ≥ 0, whose minimum over [-90°, 90°] is at an end), so a corner is the
         * farthest. A box wider than 180° of longitude has no such circle worth the name: null.
         */
        public Circle circumscribed() {
            double span = crossesAntimeridian() ? maxLongitude + 360 - minLongitude : maxLongitude - minLongitude;
            if (span > 180) {
                return null;
            }
            double middle = minLongitude + span / 2;
            Point centre = new Point((minLatitude + maxLatitude) / 2, middle > 180 ? middle - 360 : middle);
            double radius = Math.max(centre.distanceKm(new Point(minLatitude, minLongitude)),
                    centre.distanceKm(new Point(maxLatitude, minLongitude)));
            return new Circle(centre, radius);
        }

        public boolean contains(Point p) {
            boolean lon = crossesAntimeridian()
                    ? p.longitude() >= minLongitude || p.longitude() <= maxLongitude
                    : p.longitude() >= minLongitude && p.longitude() <= maxLongitude;
            return lon && p.latitude() >= minLatitude && p.latitude() <= maxLatitude;
        }
    }

    /** A disc on the sphere: every point within radiusKm of the centre. */
    public record Circle(Point centre, double radiusKm) {
    }

    /** The point lies in the area: within the radius of the centre and inside the box, each where given. */
    public boolean contains(Point p) {
        return (centre == null || centre.distanceKm(p) <= radiusKm) && (box == null || box.contains(p));
    }

    public boolean isNear() {
        return centre != null;
    }
}
