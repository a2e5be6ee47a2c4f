package cn.gov.samr.campaigns.material.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.material.messaging.CampaignPublished;
import cn.gov.samr.campaigns.platform.messaging.CloudEvent;
import cn.gov.samr.campaigns.platform.messaging.EventInbox;
import cn.gov.samr.campaigns.platform.messaging.PoisonMessageException;

/**
 * Applies one campaign event to the distribution plans; the live listener and the rebuild both call this, so a
 * rebuilt plan is the live one by construction. Only CampaignPublished concerns the plans, and not a series'.
 */
@ApplicationScoped
public class PlanProjector {

    private final EventInbox inbox;
    private final DistributionPlanService plans;

    public PlanProjector(EventInbox inbox, DistributionPlanService plans) {
        this.inbox = inbox;
        this.plans = plans;
    }

    // A poison event does not doom a rebuild's transaction: the rebuild skips it as the live listener dead-letters
    // it (the listener's own transaction, which it began, still rolls back).
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = PoisonMessageException.class)
    public void apply(CloudEvent event) {
        if (!CampaignPublished.TYPE.equals(event.type())) {
            return;
        }
        CampaignPublished campaign = inbox.payload(event, CampaignPublished.class);
        if (campaign.isSeries()) { // an umbrella series: its editions have the plans (and the drift check knows)
            return;
        }
        String invalid = campaign.invalidField();
        if (invalid != null) { // a body that can never be applied is poison (dead-lettered), not a failure to retry
            throw new PoisonMessageException(event.type() + " " + event.id() + " has no valid " + invalid);
        }
        plans.openFor(campaign, event.aggregateVersion());
    }
}
