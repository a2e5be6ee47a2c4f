package cn.gov.samr.campaigns.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.report.repository.ProjectionLock;
import cn.gov.samr.campaigns.report.service.MaterialProjector;

/** Material events from material-service: shipments and downloads, projected for the national statistics. */
@ApplicationScoped
public class MaterialEventListener {

    private final ProjectionLock lock;
    private final EventInbox inbox;
    private final MaterialProjector projector;

    public MaterialEventListener(ProjectionLock lock, EventInbox inbox, MaterialProjector projector) {
        this.lock = lock;
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("material-events")
    @Transactional
    public void onMaterialEvent(ConsumerRecord<String, String> record) {
        lock.shareForLiveEvent(); // waits while the projections are being rebuilt
        inbox.receive(record).ifPresent(projector::apply);
    }
}
