package cn.gov.samr.campaigns.material.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.material.service.DistributionPlanService;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;

/** Campaign events from event-service: a published campaign opens its poster distribution plan. */
@ApplicationScoped
public class CampaignEventListener {

    private final EventInbox inbox;
    private final DistributionPlanService plans;

    public CampaignEventListener(EventInbox inbox, DistributionPlanService plans) {
        this.inbox = inbox;
        this.plans = plans;
    }

    @Incoming("campaign-events")
    @Transactional
    public void onCampaignEvent(ConsumerRecord<String, String> record) {
        inbox.receive(record).ifPresent(event -> {
            if (CampaignPublished.TYPE.equals(event.type())) {
                plans.openFor(inbox.payload(event, CampaignPublished.class));
            }
        });
    }
}
