package cn.gov.samr.campaigns.event.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.Division;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DivisionRepository implements PanacheRepositoryBase<Division, String> {

    /** The 32 units that report to the national office, in the order of the national tables. */
    public List<Division> provincialUnits() {
        return list("level", Sort.by("sortOrder"), Division.Level.PROVINCIAL_UNIT);
    }

    public List<Division> byLevel(Division.Level level, String parentCode) {
        if (parentCode != null) {
            return level == null
                    ? list("parentCode", Sort.by("sortOrder").and("code"), parentCode)
                    : list("level = ?1 and parentCode = ?2", Sort.by("sortOrder").and("code"), level, parentCode);
        }
        return level == null ? listAll(Sort.by("level").and("sortOrder").and("code"))
                : list("level", Sort.by("sortOrder").and("code"), level);
    }
}
