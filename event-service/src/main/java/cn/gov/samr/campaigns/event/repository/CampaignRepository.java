package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.AvailableHints;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /**
     * What a list filter may narrow by; null fields do not filter.
     *
     * @param parent the campaign whose direct children are wanted
     * @param series the series whose editions are wanted
     */
    public record Filter(Integer year, CampaignKind kind, List<CampaignStatus> statuses, UUID parent, UUID series) {
    }

    /** Newest window first; keyset paging after (afterStart, afterId) when given; fetches limit rows. */
    public List<Campaign> list(Filter filter, LocalDate afterStart, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters params = Parameters.with("statuses", filter.statuses());
        if (filter.year() != null) {
            where.append(" and year = :year");
            params.and("year", filter.year());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.parent() != null) {
            where.append(" and parentId = :parent");
            params.and("parent", filter.parent());
        }
        if (filter.series() != null) {
            where.append(" and seriesId = :series");
            params.and("series", filter.series());
        }
        if (afterStart != null) {
            where.append(" and (windowStart < :afterStart or (windowStart = :afterStart and id > :afterId))");
            params.and("afterStart", afterStart).and("afterId", afterId);
        }
        return find(where + " order by windowStart desc, id", params).page(0, limit).list();
    }

    /**
     * The positions of the next changes to the campaigns in the given statuses (the rule of {@link #list}), in commit
     * order (platform ChangeFeed).
     */
    public List<ChangeFeed.Position> changes(List<CampaignStatus> statuses, ChangeFeed.Position after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        return ChangeFeed.next(getEntityManager(), "c", "from campaign c where c.status in (:statuses)", params, after,
                limit);
    }

    /**
     * A campaign to check against, not to change (an activity's scheduling rules): loaded read-only, so the session
     * keeps no snapshot of it and the commit does not compare it field by field; null when there is none. A campaign
     * this session already holds is returned as it is.
     */
    public Campaign readOnly(UUID id) {
        return getEntityManager().find(Campaign.class, id, Map.of(AvailableHints.HINT_READ_ONLY, true));
    }

    public List<Campaign> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }
}
