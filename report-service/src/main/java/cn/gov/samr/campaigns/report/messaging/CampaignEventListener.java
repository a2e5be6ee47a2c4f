package cn.gov.samr.campaigns.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.report.repository.ProjectionLock;
import cn.gov.samr.campaigns.report.service.CampaignProjector;
import io.smallrye.common.annotation.Blocking;

/**
 * Campaign events from event-service: a published campaign opens the provinces' reporting obligations, and a
 * changed one moves their deadline. Not transactional itself: the inbox runs each attempt in a transaction of its
 * own and retries transient failures.
 */
@ApplicationScoped
public class CampaignEventListener {

    private final ProjectionLock lock;
    private final EventInbox inbox;
    private final CampaignProjector projector;

    public CampaignEventListener(ProjectionLock lock, EventInbox inbox, CampaignProjector projector) {
        this.lock = lock;
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("campaign-events")
    @Blocking
    public void onCampaignEvent(ConsumerRecord<String, String> record) {
        // the lock first: a rebuild replays campaign.events into the obligations too
        inbox.process(record, lock::shareForLiveEvent, projector::apply);
    }
}
