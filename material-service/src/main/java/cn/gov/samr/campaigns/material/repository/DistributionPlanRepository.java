package cn.gov.samr.campaigns.material.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DistributionPlanRepository implements PanacheRepositoryBase<DistributionPlan, UUID> {

    /** Opens the campaign's plan unless it has one; returns the plan's id either way. */
    public UUID openIfAbsent(UUID campaignId, OffsetDateTime now) {
        getEntityManager().createNativeQuery("""
                insert into distribution_plan (id, campaign_id, status, opened_at) values (?1, ?2, ?3, ?4)
                on conflict on constraint distribution_plan_once do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, campaignId)
                .setParameter(3, DistributionPlan.Status.OPEN.name())
                .setParameter(4, now)
                .executeUpdate();
        return (UUID) getEntityManager().createNativeQuery("select id from distribution_plan where campaign_id = ?1")
                .setParameter(1, campaignId).getSingleResult();
    }

    public void addRecipientIfAbsent(UUID planId, String divisionCode, String nameZh) {
        getEntityManager().createNativeQuery("""
                insert into distribution_recipient (plan_id, division_code, division_name_zh) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, planId).setParameter(2, divisionCode).setParameter(3, nameZh)
                .executeUpdate();
    }

    public long recipients(UUID planId) {
        return ((Number) getEntityManager().createNativeQuery(
                "select count(*) from distribution_recipient where plan_id = ?1").setParameter(1, planId)
                .getSingleResult()).longValue();
    }

    /** Newest first, keyset paging after (openedAt, id) when given. */
    public List<DistributionPlan> list(UUID campaignId, OffsetDateTime afterOpened, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (campaignId != null) {
            where.append(" and campaignId = :campaign");
            params.put("campaign", campaignId);
        }
        if (afterOpened != null) {
            where.append(" and (openedAt < :afterOpened or (openedAt = :afterOpened and id > :afterId))");
            params.put("afterOpened", afterOpened);
            params.put("afterId", afterId);
        }
        return find(where + " order by openedAt desc, id", params).page(0, limit).list();
    }
}
