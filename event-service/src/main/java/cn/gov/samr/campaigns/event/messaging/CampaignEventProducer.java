package cn.gov.samr.campaigns.event.messaging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.platform.messaging.Outbox;

/** Campaign events, written to the outbox inside the caller's transaction; the campaign id is the key. */
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
        emit(c, CampaignPublished.TYPE, new CampaignPublished(CampaignEdition.of(c), c.publishedAt, units));
    }

    public void updated(Campaign c, String changedBy, String reason, Map<String, Object> changes) {
        emit(c, CampaignUpdated.TYPE, new CampaignUpdated(CampaignEdition.of(c), c.updatedAt, changedBy, reason, changes));
    }

    public void closed(Campaign c) {
        emit(c, CampaignClosed.TYPE, new CampaignClosed(c.id, c.closedAt));
    }

    private void emit(Campaign c, String type, Object event) {
        outbox.publish(config.topics().campaigns(), "Campaign", c.id.toString(), type, event);
    }
}
