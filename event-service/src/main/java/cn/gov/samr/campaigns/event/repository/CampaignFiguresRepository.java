package cn.gov.samr.campaigns.event.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;

/** The activities of a campaign and of every campaign below it, counted for the campaign's figures. */
@ApplicationScoped
public class CampaignFiguresRepository {

    /** A campaign the figures cover. */
    public record Covered(UUID id, CampaignStatus status) {
    }

    /** Activities of one provincial unit in one status, and the participants of the completed ones. */
    public record Row(String provincialUnit, ActivityStatus status, long activities, long participants) {
    }

    private final EntityManager em;

    public CampaignFiguresRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The campaign and every campaign below it: its children (parent_id), a series' editions (series_id), and theirs,
     * recursively; the campaign itself first, then in window order. {@code union} (not {@code union all}) stops at
     * a campaign already reached, so even a cycle in old data ends.
     */
    public List<Covered> covered(UUID campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with recursive covered (id) as (
                    select id from campaign where id = :id
                    union
                    select c.id from campaign c join covered on c.parent_id = covered.id or c.series_id = covered.id)
                select c.id, c.status from campaign c join covered on covered.id = c.id
                order by c.id = :id desc, c.window_start, c.id""")
                .setParameter("id", campaign)
                .getResultList();
        return rows.stream().map(r -> new Covered((UUID) r[0], CampaignStatus.valueOf((String) r[1]))).toList();
    }

    /**
     * The published and completed activities of any of the campaigns, grouped by provincial unit and status. An
     * activity merged into several of them (合并开展) is one activity: the campaigns only select, they do not join.
     */
    public List<Row> activities(Collection<UUID> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.provincial_unit, a.status, count(*),
                       coalesce(sum(a.actual_participants) filter (where a.status = :completed), 0)
                from activity a
                where a.status in (:published, :completed)
                  and a.id in (select ac.activity_id from activity_campaign ac where ac.campaign_id in (:campaigns))
                group by a.provincial_unit, a.status""")
                // the statuses as the entities store them (enum names)
                .setParameter("published", ActivityStatus.PUBLISHED.name())
                .setParameter("completed", ActivityStatus.COMPLETED.name())
                .setParameter("campaigns", campaigns)
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], ActivityStatus.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** The launch ceremonies of any of the campaigns that were not cancelled, one shared by several counted once. */
    public long launchCeremonies(Collection<UUID> campaigns) {
        if (campaigns.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("""
                select count(distinct l.id)
                from launch_ceremony l join launch_ceremony_campaign x on x.ceremony_id = l.id
                where x.campaign_id in (:campaigns) and l.outcome <> 'CANCELLED'""")
                .setParameter("campaigns", campaigns)
                .getSingleResult()).longValue();
    }
}
