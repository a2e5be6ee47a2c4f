package cn.gov.samr.campaigns.event.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.gov.samr.campaigns.event.service.PublicMaterialProjector;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Catalogue events from material-service, projected into the public materials of each campaign (public_material)
 * for the public campaign page. Not transactional itself: the inbox runs each attempt in a transaction of its own,
 * records the event id with the effect (a redelivery changes nothing) and retries transient failures for as long as
 * they last; only a record that can never be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class MaterialEventListener {

    private final EventInbox inbox;
    private final PublicMaterialProjector projector;

    public MaterialEventListener(EventInbox inbox, PublicMaterialProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("material-events")
    @Blocking
    public void onMaterialEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, projector::apply);
    }
}
