package cn.gov.samr.campaigns.report.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * One PostgreSQL advisory lock, held to the end of the transaction, between the live projectors and a rebuild:
 * live events take it shared (they run side by side), a rebuild takes it exclusively, so no live event is applied
 * while the projections are cleared and replayed, and one waiting meanwhile finds, once the rebuild committed, its
 * event id already recorded in the inbox by the rebuild.
 */
@ApplicationScoped
public class ProjectionLock {

    /** Any constant unique among this database's advisory locks: "proj" in ASCII. */
    private static final long KEY = 0x70726f6aL;

    private final EntityManager em;

    public ProjectionLock(EntityManager em) {
        this.em = em;
    }

    public void shareForLiveEvent() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock_shared(?1)) as locked")
                .setParameter(1, KEY).getSingleResult();
    }

    public void takeForRebuild() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, KEY).getSingleResult();
    }
}
