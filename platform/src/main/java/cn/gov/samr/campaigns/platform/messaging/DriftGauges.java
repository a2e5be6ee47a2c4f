package cn.gov.samr.campaigns.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
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

    private final MeterRegistry registry;
    private final List<Meter> gauges = new ArrayList<>();

    public DriftGauges(Instance<DriftCheck> checks, MeterRegistry registry) {
        this.registry = registry;
        for (DriftCheck check : checks) {
            gauges.add(Gauge.builder("projection.drift", check, DriftCheck::drift)
                    .description("items that differ between the producer and this service's projection; "
                            + "negative: not compared")
                    .tag("check", check.name())
                    .strongReference(true)
                    .register(registry));
        }
    }

    /**
     * The registry can outlive the application (a restart in dev mode or between tests keeps it), and a gauge
     * registered again under the same name and tags would go on reading the old beans: the gauges go with them.
     */
    @PreDestroy
    void remove() {
        gauges.forEach(registry::remove);
    }
}
