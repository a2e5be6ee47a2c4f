package cn.gov.samr.campaigns.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Publishes each {@link DriftCheck} of the service as the gauge {@code projection.drift{check}}: its last result as
 * it is, negative while the comparison cannot be made, so that an alert can tell drift (above 0) from a check that
 * does not run (below 0).
 */
@Startup
@ApplicationScoped
public class DriftGauges {

    public DriftGauges(Instance<DriftCheck> checks, MeterRegistry registry) {
        for (DriftCheck check : checks) {
            Gauge.builder("projection.drift", check, DriftCheck::drift)
                    .description("items that differ between the producer and this service's projection; "
                            + "negative: not compared")
                    .tag("check", check.name())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
