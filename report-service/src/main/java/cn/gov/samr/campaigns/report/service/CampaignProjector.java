package cn.gov.samr.campaigns.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;
import cn.gov.samr.campaigns.report.messaging.CampaignPublished;
import cn.gov.samr.campaigns.report.messaging.CampaignUpdated;

/**
 * Applies one campaign event to the obligations; the live listener and the rebuild both call this. CampaignClosed
 * carries no deadline and changes nothing here: the deadline follows the newest event that states one.
 */
@ApplicationScoped
public class CampaignProjector {

    private final EventInbox inbox;
    private final ObligationService obligations;

    public CampaignProjector(EventInbox inbox, ObligationService obligations) {
        this.inbox = inbox;
        this.obligations = obligations;
    }

    // A poison event does not doom a rebuild's transaction: the rebuild skips it as the live listener dead-letters
    // it (the listener's own transaction, which it began, still rolls back).
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonMessageException.class)
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case CampaignPublished.TYPE -> {
                CampaignPublished campaign = inbox.payload(event, CampaignPublished.class);
                require(event, campaign.invalidField());
                obligations.openFor(campaign, event.aggregateVersion());
            }
            case CampaignUpdated.TYPE -> {
                CampaignUpdated campaign = inbox.payload(event, CampaignUpdated.class);
                require(event, campaign.invalidField());
                obligations.follow(campaign, event.aggregateVersion());
            }
            default -> {
                // other campaign events do not concern reporting
            }
        }
    }

    /** A body that can never be applied is poison (dead-lettered), not a failure to retry. */
    private static void require(CloudEvent event, String invalidField) {
        if (invalidField != null) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no valid " + invalidField);
        }
    }
}
