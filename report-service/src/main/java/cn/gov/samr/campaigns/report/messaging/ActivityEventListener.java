package cn.gov.samr.campaigns.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.report.repository.ProjectionLock;
import cn.gov.samr.campaigns.report.service.ActivityProjector;

/** Activity events from event-service, projected per activity for the national statistics. */
@ApplicationScoped
public class ActivityEventListener {

    private final ProjectionLock lock;
    private final EventInbox inbox;
    private final ActivityProjector projector;

    public ActivityEventListener(ProjectionLock lock, EventInbox inbox, ActivityProjector projector) {
        this.lock = lock;
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("activity-events")
    @Transactional
    public void onActivityEvent(ConsumerRecord<String, String> record) {
        lock.shareForLiveEvent(); // waits while the projections are being rebuilt
        inbox.receive(record).ifPresent(projector::apply);
    }
}
