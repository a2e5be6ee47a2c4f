package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.repository.SqlRows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    private final SqlRows rows;

    public ActivityRepository(SqlRows rows) {
        this.rows = rows;
    }

    /**
     * What a list narrows by; null fields do not filter.
     *
     * @param divisions a subtree's codes (from DivisionTree), or null
     * @param visibleTo what the caller may see beyond public published activities: null for everything (the
     *                  national office), else the codes of its jurisdiction (empty for none)
     * @param visibleToBody a certification body that also sees every activity naming it (the caller's org), or null
     */
    public record Filter(UUID campaign, String provincialUnit, Set<String> divisions, ActivityType type,
            ActivitySetting setting, ActivityStatus status, OffsetDateTime from, OffsetDateTime to,
            String certificationBody, String text, Set<String> visibleTo, String visibleToBody) {
    }

    /**
     * In start order; keyset paging after (afterStart, afterId) when given; fetches limit rows. With a campaign,
     * the walk starts from the campaign's own (campaign, start, id) index on the link table, so a page costs
     * the same for the first campaign and the fortieth (see V6 and docs/benchmarks.md).
     */
    @SuppressWarnings("unchecked")
    public List<Activity> list(Filter f, OffsetDateTime afterStart, UUID afterId, int limit) {
        return list(f, null, afterStart, afterId, limit);
    }

    /** As {@link #list(Filter, OffsetDateTime, UUID, int)}, narrowed to an area (its box and radius) when given. */
    @SuppressWarnings("unchecked")
    public List<Activity> list(Filter f, GeoArea area, OffsetDateTime afterStart, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery(page("a.*", f, area, afterStart, afterId, limit, params),
                Activity.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The same page as {@link #list(Filter, GeoArea, OffsetDateTime, UUID, int)}, in ONE statement: each row carries
     * its campaigns and settings as arrays, and becomes a {@link ListedActivity} without an entity (what the public
     * list, read far more than anything else, answers from), read through {@link SqlRows}: no session, and no
     * transaction of its own.
     */
    public List<ListedActivity> listed(Filter f, GeoArea area, OffsetDateTime afterStart, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = page(ListedActivity.COLUMNS, f, area, afterStart, afterId, limit, params);
        return rows.list(sql, params, rs -> ListedActivity.of(rs, 1));
    }

    /** {@code select <columns> from … order by start, id limit :limit}: the one page walk both lists share. */
    private static String page(String columns, Filter f, GeoArea area, OffsetDateTime afterStart, UUID afterId,
            int limit, Map<String, Object> params) {
        boolean byCampaign = f.campaign() != null;
        String start = byCampaign ? "ac.starts_at" : "a.starts_at";
        String id = byCampaign ? "ac.activity_id" : "a.id";
        StringBuilder sql = new StringBuilder("select ").append(columns).append(' ')
                .append(from(f, params, byCampaign));
        within(area, sql, params);
        if (afterStart != null) {
            sql.append(" and (").append(start).append(", ").append(id).append(") > (:afterStart, :afterId)");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        sql.append(" order by ").append(start).append(", ").append(id).append(" limit :limit");
        params.put("limit", limit);
        return sql.toString();
    }

    /**
     * An activity found near a point, with its great-circle distance in kilometres and its position in the order
     * (the chord distance the index orders by, which pages resume after).
     */
    public record Located(Activity activity, double distanceKm, double order) {
    }

    /** Where a page of a nearest-first list resumes: after this (chord distance, start, id). */
    public record NearCursor(double order, OffsetDateTime start, UUID id) {
    }

    /**
     * Located activities within the area's radius, nearest first, then in start order. Two steps, because the GiST
     * index activity_near (V16) can walk points outward from the centre ({@code <->}, k-nearest-neighbour) only for
     * an order by the distance alone; with the tie-breaks in the ORDER BY the planner reads the whole radius and
     * sorts it (10 s for 500 km on 1,000,000 activities, docs/benchmarks.md). First the walk finds the limit-th
     * nearest distance; then the rows no farther than it (the page, plus any ties at that distance) are read from
     * that small disc and ordered by (distance, start, id). Both steps take the same filters and cursor.
     */
    public List<Located> nearest(Filter f, GeoArea area, NearCursor after, int limit) {
        List<Near<UUID>> found = nearestRows("a.id", f, area, after, limit, rs -> rs.getObject(1, UUID.class));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Activity> byId = new HashMap<>();
        getEntityManager().createQuery("from Activity where id in :ids", Activity.class)
                .setParameter("ids", found.stream().map(Near::row).toList()).getResultList()
                .forEach(a -> byId.put(a.id, a));
        return found.stream().map(n -> new Located(byId.get(n.row()), n.metres() / 1000, n.chord())).toList();
    }

    /** A {@link ListedActivity} found near a point: its distance in kilometres and its position in the order. */
    public record NearListed(ListedActivity activity, double distanceKm, double order) {
    }

    /**
     * As {@link #nearest}, with each row read whole by the second step (campaigns and settings as arrays): two
     * statements a page, no entities, no session ({@link SqlRows}).
     */
    public List<NearListed> nearestListed(Filter f, GeoArea area, NearCursor after, int limit) {
        return nearestRows(ListedActivity.COLUMNS, f, area, after, limit, rs -> ListedActivity.of(rs, 1)).stream()
                .map(n -> new NearListed(n.row(), n.metres() / 1000, n.chord())).toList();
    }

    /** A row of the columns asked for, with its chord (the order) and its great-circle metres. */
    private record Near<T>(T row, double chord, double metres) {
    }

    /** The two steps of {@link #nearest}: rows of the columns, then chord and metres, nearest first. */
    private <T> List<Near<T>> nearestRows(String columns, Filter f, GeoArea area, NearCursor after, int limit,
            SqlRows.Row<T> row) {
        Map<String, Object> walkParams = new HashMap<>();
        StringBuilder walk = nearSql("a.id", f, area, after, walkParams);
        walk.append(" order by chord limit :limit");
        walkParams.put("limit", limit);
        List<Near<UUID>> walked = rows.list(walk.toString(), walkParams,
                rs -> new Near<>(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3)));
        if (walked.isEmpty()) {
            return List.of();
        }
        Near<UUID> farthest = walked.get(walked.size() - 1);
        double maxChord = farthest.chord();
        double maxMetres = farthest.metres();
        // the disc holding every row no farther than the farthest walked one (a hair wider for rounding; the exact
        // bound is the chord)
        GeoArea disc = new GeoArea(area.centre(), Math.min(area.radiusKm(), maxMetres / 1000 * (1 + 1e-9) + 1e-5),
                area.box());
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = nearSql(columns, f, disc, after, params);
        sql.append(" and ").append(NEAR_POINT).append(" <-> ").append(CENTRE).append(" <= :maxChord")
                .append(" order by chord, a.starts_at, a.id limit :limit");
        params.put("maxChord", maxChord);
        params.put("limit", limit);
        // chord and metres are the last two columns, after those asked for
        return rows.list(sql.toString(), params, rs -> {
            int last = rs.getMetaData().getColumnCount();
            return new Near<>(row.read(rs), rs.getDouble(last - 1), rs.getDouble(last));
        });
    }

    private static final String NEAR_POINT = "ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8))";

    /** The columns, chord and metres of what the filter, the area and the cursor allow; no order, no limit. */
    private static StringBuilder nearSql(String columns, Filter f, GeoArea area, NearCursor after,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select ").append(columns).append(", ").append(NEAR_POINT)
                .append(" <-> ").append(CENTRE)
                .append(" as chord, earth_distance(").append(NEAR_POINT).append(", ").append(CENTRE)
                .append(") as metres ").append(from(f, params, false));
        within(area, sql, params);
        if (after != null) {
            sql.append(" and (").append(NEAR_POINT).append(" <-> ").append(CENTRE)
                    .append(", a.starts_at, a.id) > (:afterOrder, :afterStart, :afterId)");
            params.put("afterOrder", after.order());
            params.put("afterStart", after.start());
            params.put("afterId", after.id());
        }
        return sql;
    }

    private static final String CENTRE = "ll_to_earth(cast(:lat as float8), cast(:lon as float8))";

    /**
     * The area's conditions. A radius is two: {@code earth_box} (a cube around the circle, what the GiST index
     * answers) and the exact {@code earth_distance}. A box is plain comparisons on the coordinates; across the
     * antimeridian the longitudes are those outside [east, west]. A box alone adds the {@code earth_box} of the
     * circle around it ({@link GeoArea.Box#circumscribed()}), so that it too is an index scan of activity_near.
     */
    private static void within(GeoArea area, StringBuilder sql, Map<String, Object> params) {
        if (area == null) {
            return;
        }
        String point = "ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8))";
        if (area.isNear()) {
            sql.append(" and a.latitude is not null and a.longitude is not null")
                    .append(" and earth_box(").append(CENTRE).append(", :metres) @> ").append(point)
                    .append(" and earth_distance(").append(point).append(", ").append(CENTRE).append(") <= :metres");
            params.put("lat", area.centre().latitude());
            params.put("lon", area.centre().longitude());
            params.put("metres", area.radiusKm() * 1000);
        }
        if (area.box() != null) {
            GeoArea.Box box = area.box();
            GeoArea.Circle circle = area.isNear() ? null : box.circumscribed();
            if (circle != null && circle.radiusKm() <= GeoArea.INDEXED_BOX_RADIUS_KM) {
                // the box alone: what activity_near answers is a cube around a disc, so the disc around the box
                // narrows the rows by the index; the exact comparisons below keep the answer the box's. Only for a
                // small box: the planner cannot estimate the cube's rows (a fixed guess), and a wide box over a dense
                // region holds so many that reading and sorting them all costs more than the start-order walk,
                // which finds its page quickly there (EXPLAIN in docs/public-feeds.md)
                sql.append(" and a.latitude is not null and a.longitude is not null")
                        .append(" and earth_box(").append(CENTRE).append(", :metres) @> ").append(point);
                params.put("lat", circle.centre().latitude());
                params.put("lon", circle.centre().longitude());
                // a hair wider than the corner's distance: the cube must hold the corners whatever the rounding
                params.put("metres", circle.radiusKm() * 1000 * (1 + 1e-9) + 1);
            }
            sql.append(" and a.latitude between :south and :north")
                    .append(box.crossesAntimeridian() ? " and (a.longitude >= :west or a.longitude <= :east)"
                            : " and a.longitude between :west and :east");
            params.put("south", java.math.BigDecimal.valueOf(box.minLatitude()));
            params.put("north", java.math.BigDecimal.valueOf(box.maxLatitude()));
            params.put("west", java.math.BigDecimal.valueOf(box.minLongitude()));
            params.put("east", java.math.BigDecimal.valueOf(box.maxLongitude()));
        }
    }

    /**
     * The positions of the next changes to the activities the filter selects, in commit order (platform
     * ChangeFeed): the same conditions, visibility included, as {@link #list}.
     */
    public List<ChangeFeed.Position> changes(Filter f, ChangeFeed.Position after, int limit) {
        Map<String, Object> params = new HashMap<>();
        return ChangeFeed.next(getEntityManager(), "a", from(f, params, false).toString(), params, after, limit);
    }

    public List<Activity> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /**
     * {@code from activity a … where …}: the rows a filter selects, visibility included.
     *
     * @param joinCampaign whether a campaign filter joins the link table (whose (campaign, start, id) index a list in
     *                     start order walks) rather than testing it per row
     */
    private static StringBuilder from(Filter f, Map<String, Object> params, boolean joinCampaign) {
        String start = joinCampaign ? "ac.starts_at" : "a.starts_at";
        StringBuilder sql = new StringBuilder("from activity a");
        if (f.campaign() != null) {
            params.put("campaign", f.campaign());
        }
        if (joinCampaign) {
            sql.append(" join activity_campaign ac on ac.activity_id = a.id and ac.campaign_id = :campaign");
        }
        sql.append(" where true");
        if (f.campaign() != null && !joinCampaign) {
            sql.append(" and exists (select 1 from activity_campaign fc where fc.activity_id = a.id"
                    + " and fc.campaign_id = :campaign)");
        }
        and(sql, params, f.provincialUnit(), "a.provincial_unit = :unit", "unit");
        and(sql, params, f.divisions(), "a.division_code in (:divisions)", "divisions");
        and(sql, params, f.type() == null ? null : f.type().name(), "a.type = :type", "type");
        and(sql, params, f.setting() == null ? null : f.setting().name(),
                "exists (select 1 from activity_setting s where s.activity_id = a.id and s.setting = :setting)", "setting");
        and(sql, params, f.status() == null ? null : f.status().name(), "a.status = :status", "status");
        and(sql, params, f.from(), start + " >= :from", "from");
        and(sql, params, f.to(), start + " < :to", "to");
        and(sql, params, f.certificationBody(),
                "exists (select 1 from activity_certification_body b where b.activity_id = a.id and b.org = :body)", "body");
        if (f.text() != null) {
            sql.append(" and (a.title_zh like :text escape '\\' or lower(a.title_en) like lower(:text) escape '\\')");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.visibleTo() != null) {
            // announced public activities, cancelled ones included, so that subscribers learn of the cancellation
            sql.append(" and ((a.visibility = 'PUBLIC' and a.published_at is not null)");
            if (!f.visibleTo().isEmpty()) {
                sql.append(" or a.division_code in (:visibleTo)");
                params.put("visibleTo", f.visibleTo());
            }
            if (f.visibleToBody() != null) {
                sql.append(" or exists (select 1 from activity_certification_body vb where vb.activity_id = a.id"
                        + " and vb.org = :visibleToBody)");
                params.put("visibleToBody", f.visibleToBody());
            }
            sql.append(")");
        }
        return sql;
    }

    /** One cell of the national calendar: a day (China time), a provincial unit, how many activities start. */
    @Schema(requiredProperties = { "day", "provincialUnit", "activities" })
    public record CalendarCell(LocalDate day, String provincialUnit, long activities) {
    }

    /** Published and completed activities per day per provincial unit, optionally of one campaign. */
    @SuppressWarnings("unchecked")
    public List<CalendarCell> calendar(UUID campaign, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select cast(a.starts_at at time zone 'Asia/Shanghai' as date), a.provincial_unit, count(*)
                from activity a
                where a.status in ('PUBLISHED', 'COMPLETED') and a.starts_at >= :from and a.starts_at < :to
                  and (cast(:campaign as uuid) is null or exists (select 1 from activity_campaign c
                       where c.activity_id = a.id and c.campaign_id = cast(:campaign as uuid)))
                group by 1, 2 order by 1, 2""")
                .setParameter("from", from).setParameter("to", to)
                .setParameter("campaign", campaign == null ? null : campaign.toString())
                .getResultList();
        return rows.stream().map(r -> new CalendarCell((LocalDate) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** An activity another one conflicts with: what a warning names. */
    public record Conflict(UUID id, String titleZh, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /**
     * Some conflicts and how many there are: at most {@link #LISTED} listed, counted up to {@link #COUNTED} (then
     * {@code more} says there are more). Both bounds keep a warning query cheap however many bookings overlap.
     */
    public record Conflicts(List<Conflict> listed, long total, boolean more) {
    }

    public static final int LISTED = 5;
    public static final int COUNTED = 1000;

    private static final String CONFLICT_COLUMNS = "select a.id, a.title_zh, a.starts_at, a.ends_at from activity a ";

    /**
     * Live activities at the same venue whose times overlap [start, end). The conditions are those of the GiST
     * index activity_venue_overlap (V8), which bounds the search on both ends of the time range. No order by: an
     * index on ranges has none to give, and sorting every overlap to list five would cost what the index saves.
     */
    public Conflicts atSameVenue(String division, String address, OffsetDateTime start, OffsetDateTime end,
            UUID except) {
        String where = """
                where a.venue_address is not null and a.status <> 'CANCELLED'
                  and a.division_code = :division and lower(a.venue_address) = lower(:address)
                  and tstzrange(a.starts_at, a.ends_at) && tstzrange(cast(:start as timestamptz), cast(:end as timestamptz))
                  and a.id <> :except""";
        return conflicts(where, Map.of("division", division, "address", address, "start", start, "end", end,
                "except", except));
    }

    /** Live launch ceremonies of a campaign other than {@code except}, from the partial index of live ones (V8). */
    public Conflicts launchCeremonies(UUID campaign, UUID except) {
        String where = """
                where a.type = 'LAUNCH_CEREMONY' and a.status <> 'CANCELLED' and a.id <> :except
                  and exists (select 1 from activity_campaign ac where ac.activity_id = a.id and ac.campaign_id = :campaign)""";
        return conflicts(where, Map.of("campaign", campaign, "except", except));
    }

    @SuppressWarnings("unchecked")
    private Conflicts conflicts(String where, Map<String, Object> params) {
        Query listed = getEntityManager().createNativeQuery(CONFLICT_COLUMNS + where + " limit " + LISTED);
        params.forEach(listed::setParameter);
        List<Conflict> conflicts = ((List<Object[]>) listed.getResultList()).stream()
                .map(r -> new Conflict((UUID) r[0], (String) r[1], offset(r[2]), offset(r[3])))
                .sorted(java.util.Comparator.comparing(Conflict::startsAt).thenComparing(Conflict::id)).toList();
        if (conflicts.size() < LISTED) {
            return new Conflicts(conflicts, conflicts.size(), false);
        }
        Query counted = getEntityManager().createNativeQuery(
                "select count(*) from (select 1 from activity a " + where + " limit " + (COUNTED + 1) + ") c");
        params.forEach(counted::setParameter);
        long total = ((Number) counted.getSingleResult()).longValue();
        return new Conflicts(conflicts, Math.min(total, COUNTED), total > COUNTED);
    }

    private static OffsetDateTime offset(Object value) {
        return value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    private static void and(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
