package cn.gov.samr.campaigns.material.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /**
     * Records that the plan follows a CampaignPublished of this aggregate version, unless it already follows a newer
     * one; returns whether the event is the newest (or as new as the newest, so that a replay of the current version
     * restores recipients that went missing). An unversioned event (0) counts only while no versioned one was taken.
     */
    public boolean follow(UUID planId, long campaignVersion) {
        return getEntityManager().createNativeQuery("""
                update distribution_plan set campaign_version = ?2
                where id = ?1 and campaign_version <= ?2""")
                .setParameter(1, planId).setParameter(2, campaignVersion)
                .executeUpdate() == 1;
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

    /** One quantity of one material for one provincial unit. */
    public record Line(UUID materialId, String titleZh, String divisionCode, int quantity) {
    }

    public Set<String> recipientCodes(UUID planId) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery(
                "select division_code from distribution_recipient where plan_id = ?1").setParameter(1, planId)
                .getResultList();
        return codes.stream().collect(Collectors.toSet());
    }

    public boolean hasMaterial(UUID planId, UUID materialId) {
        return !getEntityManager().createNativeQuery(
                "select 1 from distribution_line where plan_id = ?1 and material_id = ?2")
                .setParameter(1, planId).setParameter(2, materialId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The material for every recipient of the plan, each with the same quantity. */
    public void addMaterial(UUID planId, UUID materialId, int quantityPerUnit) {
        getEntityManager().createNativeQuery("""
                insert into distribution_line (plan_id, material_id, division_code, quantity)
                select plan_id, ?2, division_code, ?3 from distribution_recipient where plan_id = ?1""")
                .setParameter(1, planId).setParameter(2, materialId).setParameter(3, quantityPerUnit)
                .executeUpdate();
    }

    public void setQuantity(UUID planId, UUID materialId, String divisionCode, int quantity) {
        getEntityManager().createNativeQuery("""
                update distribution_line set quantity = ?4
                where plan_id = ?1 and material_id = ?2 and division_code = ?3""")
                .setParameter(1, planId).setParameter(2, materialId).setParameter(3, divisionCode)
                .setParameter(4, quantity).executeUpdate();
    }

    /** Every line of the plan, by material (in the order they were added to the catalogue) and unit. */
    public List<Line> lines(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select l.material_id, m.title_zh, l.division_code, l.quantity
                from distribution_line l join material m on m.id = l.material_id
                where l.plan_id = ?1 order by m.created_at, m.id, l.division_code""")
                .setParameter(1, planId).getResultList();
        return rows.stream().map(r -> new Line((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()))
                .toList();
    }
}
