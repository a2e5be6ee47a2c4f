package cn.gov.samr.campaigns.event.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.platform.messaging.Outbox;

/** Campaign events, written to the outbox inside the caller's transaction. */
@ApplicationScoped
public class CampaignEventProducer {

    private final Outbox outbox;
    private final EventServiceConfig config;

    public CampaignEventProducer(Outbox outbox, EventServiceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public void published(Campaign c, List<Division> provincialUnits) {
        List<CampaignPublished.ProvincialUnit> units = provincialUnits.stream()
                .map(d -> new CampaignPublished.ProvincialUnit(d.code, d.name)).toList();
        CampaignPublished event = new CampaignPublished(c.id, c.kind, c.year, c.name, c.theme, c.windowStart,
                c.windowEnd, c.reportingDeadline, c.launchCity, c.launchDate, c.publishedAt, units);
        outbox.publish(config.topics().campaigns(), "Campaign", c.id.toString(), CampaignPublished.TYPE, event);
    }
}
