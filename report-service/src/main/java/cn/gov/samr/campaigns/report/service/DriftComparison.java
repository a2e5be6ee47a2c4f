package cn.gov.samr.campaigns.report.service;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(DriftComparison.class);

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
        if (!producer.configured()) {
            return; // off: the checks stay at -1
        }
        List<CampaignTally> tallies;
        try {
            tallies = Objects.requireNonNull(
                    producer.get("/api/v1/admin/tallies", CampaignTally.Tallies.class).campaigns(), "campaigns");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("drift checks not compared: event-service's tallies unavailable (%s)", e.toString());
            activities.record(-1);
            obligations.record(-1);
            return;
        }
        // event-service's figures were read first: an event still on its way counts as drift until the next run,
        // which is why the alert waits for drift that lasts
        QuarkusTransaction.requiringNew().run(() -> {
            activities.record(ActivityDrift.difference(tallies, projected.activitiesPerCampaign()));
            obligations.record(ObligationDrift.difference(tallies, projected.campaignsWithObligations()));
        });
    }
}
