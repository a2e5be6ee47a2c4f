package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import cn.gov.samr.campaigns.event.domain.Division;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DivisionRepository implements PanacheRepositoryBase<Division, String> {

    /**
     * What a list narrows by; null fields do not filter, the others all apply.
     *
     * @param within the codes of a subtree (from {@link DivisionTree#subtree}), itself included
     * @param nameContains text the Chinese name contains, taken literally
     * @param validOn the day the divisions must be current on; null lists retired ones too
     */
    public record Filter(Division.Level level, String parent, Set<String> within, String nameContains,
            LocalDate validOn) {
    }

    /** A retired code and one code that took its place. */
    public record Succession(String code, String successor) {
    }

    /** The 32 units that report to the national office, in the order of the national tables. */
    public List<Division> provincialUnits() {
        return list("level", Sort.by("sortOrder"), Division.Level.PROVINCIAL_UNIT);
    }

    /**
     * The divisions that match every filter. A subtree or a name search comes in code order (in a GB/T 2260
     * subtree a division before the ones under it); plain lists keep the national tables' order (sort_order,
     * then code).
     */
    @SuppressWarnings("unchecked")
    public List<Division> list(Filter filter) {
        StringBuilder sql = new StringBuilder("select d.* from division d where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.level() != null) {
            sql.append(" and d.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.parent() != null) {
            sql.append(" and d.parent_code = :parent");
            params.put("parent", filter.parent());
        }
        if (filter.within() != null) {
            // The subtree comes from DivisionTree, so that a listing and the jurisdiction check never disagree.
            sql.append(" and d.code in (:within)");
            params.put("within", filter.within());
        }
        if (filter.nameContains() != null) {
            sql.append(" and d.name_zh like :pattern escape '\\'");
            params.put("pattern", "%" + likeLiteral(filter.nameContains()) + "%");
        }
        if (filter.validOn() != null) {
            sql.append(" and (d.valid_from is null or d.valid_from <= :day) and (d.valid_to is null or d.valid_to > :day)");
            params.put("day", filter.validOn());
        }
        if (filter.within() != null || filter.nameContains() != null) {
            sql.append(" order by d.code");
        } else {
            sql.append(filter.level() == null && filter.parent() == null
                    ? " order by d.level, d.sort_order, d.code" : " order by d.sort_order, d.code");
        }
        Query query = getEntityManager().createNativeQuery(sql.toString(), Division.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Every succession that involves one of the codes, either way: a few hundred rows at most in all. */
    @SuppressWarnings("unchecked")
    public List<Succession> successions(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select code, successor_code from division_successor"
                + " where code in (:codes) or successor_code in (:codes) order by code, successor_code")
                .setParameter("codes", codes).getResultList();
        List<Succession> result = new ArrayList<>(rows.size());
        rows.forEach(r -> result.add(new Succession((String) r[0], (String) r[1])));
        return result;
    }

    public void addSuccession(String code, String successor) {
        getEntityManager().createNativeQuery("insert into division_successor (code, successor_code) values (:c, :s)"
                + " on conflict do nothing").setParameter("c", code).setParameter("s", successor).executeUpdate();
    }

    /** Keeps a renamed division's earlier Chinese name, with the first day of the new one. */
    public void keepFormerName(String code, String nameZh, LocalDate until) {
        getEntityManager().createNativeQuery("insert into division_former_name (code, name_zh, valid_to)"
                + " values (:c, :n, :d) on conflict do nothing")
                .setParameter("c", code).setParameter("n", nameZh).setParameter("d", until).executeUpdate();
    }

    /** An earlier Chinese name and the first day it no longer held. */
    public record FormerName(String zh, LocalDate until) {
    }

    /** The division's earlier Chinese names, oldest first. */
    @SuppressWarnings("unchecked")
    public List<FormerName> formerNames(String code) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select name_zh, valid_to from division_former_name where code = :c order by valid_to")
                .setParameter("c", code).getResultList();
        return rows.stream().map(r -> new FormerName((String) r[0], r[1] instanceof java.sql.Date d
                ? d.toLocalDate() : (LocalDate) r[1])).toList();
    }

    /** A GeoNames place (V16_1) near a point: its city, its county when known, how far it is in metres. */
    public record NearestPlace(String name, String cityCode, String countyCode, double metres) {
    }

    /**
     * The GeoNames place nearest to the point within {@code withinMetres}, from the GiST index division_place_near
     * (a k-nearest-neighbour walk bounded by earth_box); empty when none is that close.
     */
    @SuppressWarnings("unchecked")
    public java.util.Optional<NearestPlace> nearestPlace(double latitude, double longitude, double withinMetres) {
        String point = "ll_to_earth(cast(p.latitude as float8), cast(p.longitude as float8))";
        String centre = "ll_to_earth(cast(:lat as float8), cast(:lon as float8))";
        List<Object[]> rows = getEntityManager().createNativeQuery("select p.name, p.city_code, p.county_code, "
                + "earth_distance(" + point + ", " + centre + ") from division_place p where earth_box(" + centre
                + ", :r) @> " + point + " and earth_distance(" + point + ", " + centre + ") <= :r order by "
                + point + " <-> " + centre + ", p.id limit 1")
                .setParameter("lat", latitude).setParameter("lon", longitude).setParameter("r", withinMetres)
                .getResultList();
        return rows.stream().findFirst().map(r -> new NearestPlace((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue()));
    }

    /** The text as LIKE must see it to match it literally: 50% is not a wildcard. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
