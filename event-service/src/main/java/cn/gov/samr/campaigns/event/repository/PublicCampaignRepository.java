package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;

/** What the public campaign pages read beyond the campaign itself. */
@ApplicationScoped
public class PublicCampaignRepository {

    /** The public activities of a campaign in one provincial unit. */
    public record UnitCount(String provincialUnit, long announced, long completed, long cancelled) {
    }

    private final EntityManager em;

    public PublicCampaignRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Published and closed campaigns, newest window first; keyset paging after (afterStart, afterId). A campaign
     * matches from/to when its window overlaps them.
     */
    public List<Campaign> list(CampaignKind kind, Integer year, LocalDate from, LocalDate to, LocalDate afterStart,
            UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("c.status in :statuses");
        if (kind != null) {
            where.append(" and c.kind = :kind");
        }
        if (year != null) {
            where.append(" and c.year = :year");
        }
        if (from != null) {
            where.append(" and c.windowEnd >= :from");
        }
        if (to != null) {
            where.append(" and c.windowStart <= :to");
        }
        if (afterStart != null) {
            where.append(" and (c.windowStart < :afterStart or (c.windowStart = :afterStart and c.id > :afterId))");
        }
        var query = em.createQuery("select c from Campaign c where " + where + " order by c.windowStart desc, c.id",
                Campaign.class).setParameter("statuses", List.of(CampaignStatus.PUBLISHED, CampaignStatus.CLOSED))
                .setMaxResults(limit);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (afterStart != null) {
            query.setParameter("afterStart", afterStart).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }

    /**
     * The campaign's public announced activities per provincial unit (the same ones the public calendar shows): one
     * grouped query over the campaign's own index on the link table, whatever the number of activities; at most one
     * row per provincial unit (32).
     */
    @SuppressWarnings("unchecked")
    public List<UnitCount> publicActivitiesByUnit(UUID campaign) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.provincial_unit,
                       count(*) filter (where a.status in ('PUBLISHED', 'COMPLETED')),
                       count(*) filter (where a.status = 'COMPLETED'),
                       count(*) filter (where a.status = 'CANCELLED')
                from activity_campaign ac join activity a on a.id = ac.activity_id
                where ac.campaign_id = ?1 and a.visibility = 'PUBLIC' and a.published_at is not null
                group by a.provincial_unit
                order by a.provincial_unit""")
                .setParameter(1, campaign)
                .getResultList();
        return rows.stream().map(r -> new UnitCount((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }
}
