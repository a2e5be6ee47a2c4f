package cn.gov.samr.campaigns.report.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What report-service projected, counted the way event-service's tallies count. */
@ApplicationScoped
public class ProjectionTallies {

    /** A campaign's activities in the projection that count: published (not yet completed) and completed. */
    public record ActivityCounts(long published, long completed) {
    }

    private final EntityManager em;

    public ProjectionTallies(EntityManager em) {
        this.em = em;
    }

    /** Published and completed activities per campaign in the activity projection (a merged one counts for each). */
    public Map<UUID, ActivityCounts> activitiesPerCampaign() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.campaign_id,
                       count(*) filter (where p.status = 'published'),
                       count(*) filter (where p.status = 'completed')
                from activity_projection p cross join unnest(p.campaign_ids) as c(campaign_id)
                where p.status in ('published', 'completed')
                group by c.campaign_id""").getResultList();
        Map<UUID, ActivityCounts> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((UUID) r[0], new ActivityCounts(((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()));
        }
        return counts;
    }

    /**
     * The campaigns whose publication was applied here: those with reporting obligations, and those whose
     * CampaignPublished was applied and owed nothing (a series: its units are remembered, no obligation opened).
     */
    public Set<UUID> campaignsWithObligations() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select campaign_id from obligation
                union select campaign_id from campaign_projection where units is not null""").getResultList();
        return ids.stream().collect(Collectors.toSet());
    }
}
