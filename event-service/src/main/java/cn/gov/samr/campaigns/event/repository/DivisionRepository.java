package cn.gov.samr.campaigns.event.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * @param within a division whose whole subtree is wanted, itself included
     * @param nameContains text the Chinese name contains, taken literally
     */
    public record Filter(Division.Level level, String parent, String within, String nameContains) {
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
        // SQL rather than HQL for the recursive walk down parent_code (index division_parent).
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.within() != null) {
            sql.append("with recursive subtree (code) as (select code from division where code = :within"
                    + " union select d.code from division d join subtree s on d.parent_code = s.code) ");
            params.put("within", filter.within());
        }
        sql.append("select d.* from division d where true");
        if (filter.level() != null) {
            sql.append(" and d.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.parent() != null) {
            sql.append(" and d.parent_code = :parent");
            params.put("parent", filter.parent());
        }
        if (filter.within() != null) {
            // A provincial unit also has the members GB/T 2260 files elsewhere: the XPCC's cities under 660000.
            sql.append(" and (d.code in (select code from subtree) or d.provincial_unit = :within)");
        }
        if (filter.nameContains() != null) {
            sql.append(" and d.name_zh like :pattern escape '\\'");
            params.put("pattern", "%" + likeLiteral(filter.nameContains()) + "%");
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

    /** The text as LIKE must see it to match it literally: 50% is not a wildcard. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
