package cn.gov.samr.campaigns.material.repository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What material-service projected from campaign events, for the drift check. */
@ApplicationScoped
public class PlanTallies {

    private final EntityManager em;

    public PlanTallies(EntityManager em) {
        this.em = em;
    }

    /** The campaigns that have a distribution plan. */
    public Set<UUID> campaignsWithPlans() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select campaign_id from distribution_plan").getResultList();
        return new HashSet<>(ids);
    }
}
