package cn.gov.samr.campaigns.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.report.service.ObligationService;
import io.smallrye.common.annotation.Blocking;

/**
 * Campaign events from event-service: a published campaign opens the provinces' reporting obligations, and a
 * changed one moves their deadline.
 */
@ApplicationScoped
public class CampaignEventListener {

    private final EventInbox inbox;
    private final ObligationService obligations;

    public CampaignEventListener(EventInbox inbox, ObligationService obligations) {
        this.inbox = inbox;
        this.obligations = obligations;
    }

    @Incoming("campaign-events")
    @Blocking
    public void onCampaignEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.type()) {
                case CampaignPublished.TYPE -> obligations.openFor(inbox.payload(event, CampaignPublished.class));
                case CampaignUpdated.TYPE -> obligations.follow(inbox.payload(event, CampaignUpdated.class));
                default -> {
                    // other campaign events do not concern reporting
                }
            }
        });
    }
}
