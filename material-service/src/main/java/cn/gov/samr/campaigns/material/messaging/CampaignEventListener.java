package cn.gov.samr.campaigns.material.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.material.service.PlanProjector;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Campaign events from event-service: a published campaign opens its poster distribution plan. Not transactional
 * itself: the inbox runs each attempt in a transaction of its own and retries transient failures.
 */
@ApplicationScoped
public class CampaignEventListener {

    private final EventInbox inbox;
    private final PlanProjector projector;

    public CampaignEventListener(EventInbox inbox, PlanProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("campaign-events")
    @Blocking
    public void onCampaignEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, projector::apply);
    }
}
