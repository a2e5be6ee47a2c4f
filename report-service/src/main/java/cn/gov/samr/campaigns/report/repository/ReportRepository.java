package cn.gov.samr.campaigns.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.report.domain.Report;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /**
     * Whose reports a caller reads: everyone's (the national office), or the provincial units' of the given codes
     * and/or the certification body's of the given org.
     */
    public record Readable(boolean all, Set<String> divisions, String body) {
    }

    /**
     * The positions of the next changes to the reports the caller may read, in commit order (platform ChangeFeed): a
     * report is where the later of its draft's and its obligation's last change puts it.
     */
    public List<ChangeFeed.Position> changes(Readable readable, UUID campaign, ChangeFeed.Position after, int limit) {
        StringBuilder where = new StringBuilder("from report r join obligation o on o.id = r.obligation_id where true");
        Map<String, Object> params = new HashMap<>();
        if (!readable.all()) {
            where.append(" and (false");
            if (!readable.divisions().isEmpty()) {
                where.append(" or (o.body_id is null and o.division_code in (:divisions))");
                params.put("divisions", readable.divisions());
            }
            if (readable.body() != null) {
                where.append(" or o.body_id = :body");
                params.put("body", readable.body());
            }
            where.append(")");
        }
        if (campaign != null) {
            where.append(" and o.campaign_id = :campaign");
            params.put("campaign", campaign);
        }
        return ChangeFeed.next(getEntityManager(), "r.obligation_id", "greatest(r.change_xid, o.change_xid)",
                where.toString(), params, after, limit);
    }

    public List<Report> byIds(Collection<UUID> ids) {
        return list("obligationId in ?1", ids);
    }

    /** The division codes of the provincial units' obligations: a handful, for a caller's jurisdiction to pick from. */
    @SuppressWarnings("unchecked")
    public List<String> unitCodes() {
        return getEntityManager().createNativeQuery(
                "select distinct division_code from obligation where body_id is null").getResultList();
    }
}
