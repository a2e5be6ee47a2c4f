package cn.gov.samr.campaigns.report.repository;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The reporting deadline of each campaign as its newest campaign event states it, with that event's version: what
 * the obligations follow. An older event (redelivered, redriven, replayed from another partition) changes nothing.
 */
@ApplicationScoped
public class CampaignProjectionRepository {

    private final EntityManager em;

    public CampaignProjectionRepository(EntityManager em) {
        this.em = em;
    }

    /** Takes the event's deadline if the event is newer than what the row holds; returns whether it did. */
    public boolean advance(UUID campaignId, LocalDate deadline, long version) {
        return em.createNativeQuery("""
                insert into campaign_projection (campaign_id, reporting_deadline, source_version, updated_at)
                values (?1, ?2, ?3, now())
                on conflict (campaign_id) do update set reporting_deadline = excluded.reporting_deadline,
                    source_version = excluded.source_version, updated_at = excluded.updated_at
                where\s""" + ActivityProjectionRepository.NEWER.formatted("campaign_projection"))
                .setParameter(1, campaignId)
                .setParameter(2, deadline)
                .setParameter(3, version)
                .executeUpdate() == 1;
    }

    /** The newest deadline applied; the row exists once {@link #advance} ran for the campaign. */
    public LocalDate deadline(UUID campaignId) {
        return (LocalDate) em.createNativeQuery(
                "select reporting_deadline from campaign_projection where campaign_id = ?1", LocalDate.class)
                .setParameter(1, campaignId)
                .getSingleResult();
    }

    /** Empties the projection, for a rebuild (the obligations themselves stay). */
    public void clear() {
        em.createNativeQuery("delete from campaign_projection").executeUpdate();
    }
}
