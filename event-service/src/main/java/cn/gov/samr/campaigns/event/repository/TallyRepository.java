package cn.gov.samr.campaigns.event.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;

/** The figures event-service holds that consuming services compare their projections with (drift checks). */
@ApplicationScoped
public class TallyRepository {

    /** One campaign that was published (published or closed since), with its activities that count. */
    public record CampaignTally(UUID campaignId, CampaignKind kind, CampaignStatus status, long publishedActivities,
            long completedActivities, long launchCeremonies) {
    }

    private final EntityManager em;

    public TallyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Every campaign ever published, in id order, with its published and completed activities (a merged activity
     * counts for each of its campaigns, as the consumers count it), and its launch ceremonies that were not cancelled
     * (records of their own, counted once nationally). One grouped query over the campaign index:
     * a handful of campaigns a year, whatever the number of activities.
     */
    public List<CampaignTally> publishedCampaigns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.kind, c.status,
                       count(a.id) filter (where a.status = :published),
                       count(a.id) filter (where a.status = :completed),
                       (select count(*) from launch_ceremony_campaign x join launch_ceremony l on l.id = x.ceremony_id
                        where x.campaign_id = c.id and l.outcome <> 'CANCELLED')
                from campaign c
                left join activity_campaign ac on ac.campaign_id = c.id
                left join activity a on a.id = ac.activity_id
                where c.status in (:campaignPublished, :campaignClosed)
                group by c.id, c.kind, c.status
                order by c.id""")
                // the statuses as the entities store them (enum names)
                .setParameter("published", ActivityStatus.PUBLISHED.name())
                .setParameter("completed", ActivityStatus.COMPLETED.name())
                .setParameter("campaignPublished", CampaignStatus.PUBLISHED.name())
                .setParameter("campaignClosed", CampaignStatus.CLOSED.name())
                .getResultList();
        return rows.stream().map(r -> new CampaignTally((UUID) r[0], CampaignKind.valueOf((String) r[1]),
                CampaignStatus.valueOf((String) r[2]), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }
}
