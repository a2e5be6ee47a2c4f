package cn.gov.samr.campaigns.event.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.platform.messaging.Outbox;

/** Activity events, written to the outbox inside the caller's transaction; the activity id is the key. */
@ApplicationScoped
public class ActivityEventProducer {

    private final Outbox outbox;
    private final EventServiceConfig config;

    public ActivityEventProducer(Outbox outbox, EventServiceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public void scheduled(Activity a) {
        emit(a, ActivityEvent.SCHEDULED, ActivityEvent.of(a, null, null));
    }

    public void rescheduled(Activity a, String reason, Map<String, Object> changes) {
        emit(a, ActivityEvent.RESCHEDULED, ActivityEvent.of(a, reason, changes));
    }

    public void cancelled(Activity a) {
        emit(a, ActivityEvent.CANCELLED, ActivityEvent.of(a, null, null));
    }

    public void completed(Activity a) {
        emit(a, ActivityEvent.COMPLETED, ActivityEvent.of(a, null, null));
    }

    private void emit(Activity a, String type, ActivityEvent event) {
        outbox.publish(config.topics().activities(), "Activity", a.id.toString(), type, event);
    }
}
