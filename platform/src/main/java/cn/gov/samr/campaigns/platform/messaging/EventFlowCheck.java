package cn.gov.samr.campaigns.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code event-flow}: whether events reach this service's projections. Degraded while dead letters
 * wait or a {@link DriftCheck} finds a difference, with the figures as data; it stays UP even then, because taking
 * every replica out of the load balancer would not bring one event back, and the reads still answer. The alert rules
 * on the same figures ({@link DriftGauges}, {@link MessagingMetrics}) page an operator instead.
 */
@Readiness
@ApplicationScoped
public class EventFlowCheck implements HealthCheck {

    private final MessagingChannels channels;
    private final MessagingMetrics metrics;
    private final Instance<DriftCheck> driftChecks;

    public EventFlowCheck(MessagingChannels channels, MessagingMetrics metrics, Instance<DriftCheck> driftChecks) {
        this.channels = channels;
        this.metrics = metrics;
        this.driftChecks = driftChecks;
    }

    @Override
    public HealthCheckResponse call() {
        long waiting = channels.all().stream().mapToLong(c -> metrics.deadLettersWaiting(c.name())).sum();
        boolean degraded = waiting > 0;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-flow").up()
                .withData("deadLettersWaiting", waiting);
        for (DriftCheck check : driftChecks) {
            long drift = check.drift();
            degraded |= drift > 0;
            response.withData(check.name(), drift);
        }
        return response.withData("state", degraded ? "degraded" : "ok").build();
    }
}
