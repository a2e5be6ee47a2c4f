package cn.gov.samr.campaigns.report.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.messaging.ProducerClient;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import cn.gov.samr.campaigns.report.repository.ProjectionTallies;

/**
 * Runs the drift checks on a schedule: one call to event-service for both, then the two comparisons with what this
 * service projected. While event-service cannot be asked the checks report -1 (not compared), never a stale 0.
 */
@ApplicationScoped
public class DriftComparison {

    private final ProducerClient producer;
    private final ProjectionTallies projected;
    private final ActivityDrift activities;
    private final ObligationDrift obligations;

    public DriftComparison(ProducerClient producer, ProjectionTallies projected, ActivityDrift activities,
            ObligationDrift obligations) {
        this.producer = producer;
        this.projected = projected;
        this.activities = activities;
        this.obligations = obligations;
    }

    @Scheduled(every = "${platform.drift.interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (Arc.container() != null && Arc.container().isRunning()) {
            compare();
        }
    }

    /** One comparison now; the checks hold its result. */
    public void compare() {
        Optional<CampaignTally.Tallies> producer = this.producer.read("/api/v1/admin/tallies",
                CampaignTally.Tallies.class);
        if (producer.isEmpty()) {
            activities.record(-1);
            obligations.record(-1);
            return;
        }
        List<CampaignTally> tallies = producer.get().campaigns();
        // event-service's figures were read first: an event still on its way counts as drift until the next run,
        // which is why the alert waits for drift that lasts
        QuarkusTransaction.requiringNew().run(() -> {
            activities.record(ActivityDrift.difference(tallies, projected.activitiesPerCampaign()));
            obligations.record(ObligationDrift.difference(tallies, projected.campaignsWithObligations()));
        });
    }
}
