package cn.gov.samr.campaigns.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;
import cn.gov.samr.campaigns.report.messaging.ActivityChanged;
import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository;

/**
 * Applies one activity event to the activity projection. The live listener and the rebuild both call this, so a
 * rebuilt projection is the live one by construction. Every activity event carries the whole activity, and events of
 * one activity share its key and so its partition; the projection keeps the one with the highest aggregate version, so a
 * redelivered, redriven or replayed older event changes nothing.
 */
@ApplicationScoped
public class ActivityProjector {

    private final EventInbox inbox;
    private final ActivityProjectionRepository projection;

    public ActivityProjector(EventInbox inbox, ActivityProjectionRepository projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    /** Applies the event if it is an activity event; other types on the topic are ignored. */
    // A poison event does not doom a rebuild's transaction: the rebuild skips it as the live listener dead-letters
    // it (the listener's own transaction, which it began, still rolls back).
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonMessageException.class)
    public void apply(CloudEvent event) {
        if (!ActivityChanged.isActivityEvent(event.type())) {
            return;
        }
        ActivityChanged activity = inbox.payload(event, ActivityChanged.class);
        String invalid = activity.invalidField();
        if (invalid != null) { // checked before any write: nothing half-applied
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no valid " + invalid);
        }
        projection.put(activity, event.id(), event.aggregateVersion());
    }
}
