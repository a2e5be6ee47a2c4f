package cn.gov.samr.campaigns.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.report.repository.ProjectionLock;
import cn.gov.samr.campaigns.report.service.ActivityProjector;
import io.smallrye.common.annotation.Blocking;

/**
 * Activity events from event-service, projected per activity for the national statistics. Not transactional
 * itself: the inbox runs each attempt in a transaction of its own and retries transient failures.
 */
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
    @Blocking
    public void onActivityEvent(ConsumerRecord<String, String> record) {
        // the lock first, in each attempt's transaction: waits while the projections are being rebuilt
        inbox.process(record, lock::shareForLiveEvent, projector::apply);
    }
}
