package cn.gov.samr.campaigns.material.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of poster distribution ({@code material-service.shipments.*}). */
@ConfigMapping(prefix = "material-service.shipments")
public interface ShipmentConfig {

    /**
     * How long after the expected delivery day a shipment that nobody confirmed still counts as on time, e.g.
     * {@code P3D}: the post is often a day or two late, and a bureau confirms on its next working day.
     */
    @WithDefault("P3D")
    Period overdueGrace();

    /** The topic shipment events go to. */
    @WithDefault("material.events")
    String topic();
}
