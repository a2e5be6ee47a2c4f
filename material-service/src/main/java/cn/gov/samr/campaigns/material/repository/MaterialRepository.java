package cn.gov.samr.campaigns.material.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialKind;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MaterialRepository implements PanacheRepositoryBase<Material, UUID> {

    /** What a list may show: the caller's filters and what the caller is allowed to see. */
    public record Filter(UUID campaignId, MaterialKind kind, Collection<MaterialStatus> statuses,
            Collection<Access> accesses) {
    }

    /**
     * Whether material-service has heard of the campaign: a published campaign opens its distribution plan
     * (CampaignPublished), so the plan is this service's own record of published campaigns.
     */
    public boolean campaignKnown(UUID campaignId) {
        return (Boolean) getEntityManager().createNativeQuery(
                "select exists (select 1 from distribution_plan where campaign_id = ?1)")
                .setParameter(1, campaignId).getSingleResult();
    }

    /** The material, locked until the transaction ends: file versions are numbered one at a time. */
    public Optional<Material> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** In creation order, keyset paging after (createdAt, id) when given. */
    public List<Material> list(Filter filter, OffsetDateTime afterCreated, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("status in :statuses and access in :accesses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", filter.statuses());
        params.put("accesses", filter.accesses());
        if (filter.campaignId() != null) {
            where.append(" and campaignId = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (afterCreated != null) {
            where.append(" and (createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt, id", params).page(0, limit).list();
    }

    /**
     * The positions of the next changes to the materials the filter selects, in commit order (platform ChangeFeed):
     * the conditions of {@link #list}, visibility included.
     */
    public List<ChangeFeed.Position> changes(Filter filter, ChangeFeed.Position after, int limit) {
        StringBuilder where = new StringBuilder("from material m where m.status in (:statuses) and m.access in (:accesses)");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        params.put("accesses", filter.accesses().stream().map(Enum::name).toList());
        if (filter.campaignId() != null) {
            where.append(" and m.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        return ChangeFeed.next(getEntityManager(), "m", where.toString(), params, after, limit);
    }

    public List<Material> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }
}
