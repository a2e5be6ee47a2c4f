package cn.gov.samr.campaigns.material.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.repository.PlanTallies;
import cn.gov.samr.campaigns.platform.messaging.DriftCheck;
import cn.gov.samr.campaigns.platform.messaging.ProducerClient;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Distribution plans per published campaign: every campaign event-service published must have its plan here, and
 * no other campaign may. Compared on a schedule with event-service's tallies; -1 while they cannot be read.
 */
@ApplicationScoped
public class DistributionPlanDrift implements DriftCheck {

    private final ProducerClient producer;
    private final PlanTallies plans;
    private final AtomicLong last = new AtomicLong(-1);

    public DistributionPlanDrift(ProducerClient producer, PlanTallies plans) {
        this.producer = producer;
        this.plans = plans;
    }

    @Override
    public String name() {
        return "plans-per-campaign";
    }

    @Override
    public long drift() {
        return last.get();
    }

    @Scheduled(every = "${platform.drift.interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (Arc.container() != null && Arc.container().isRunning()) {
            compare();
        }
    }

    /** One comparison now; {@link #drift()} holds its result. */
    public void compare() {
        last.set(producer.read("/api/v1/admin/tallies", CampaignTally.Tallies.class)
                .map(tallies -> difference(tallies.campaigns(),
                        QuarkusTransaction.requiringNew().call(plans::campaignsWithPlans)))
                .orElse(-1L));
    }

    /**
     * Published campaigns without a plan plus plans of campaigns event-service never published (or of a series, which
     * needs none).
     */
    static long difference(List<CampaignTally> producer, Set<UUID> withPlans) {
        Set<UUID> published = new HashSet<>();
        producer.stream().filter(CampaignTally::needsPlan).forEach(t -> published.add(t.campaignId()));
        long missing = published.stream().filter(id -> !withPlans.contains(id)).count();
        long extra = withPlans.stream().filter(id -> !published.contains(id)).count();
        return missing + extra;
    }
}
