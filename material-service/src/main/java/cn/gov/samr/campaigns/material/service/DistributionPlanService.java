package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import cn.gov.samr.campaigns.material.messaging.CampaignPublished;
import cn.gov.samr.campaigns.material.repository.DistributionPlanRepository;

@ApplicationScoped
public class DistributionPlanService {

    private final DistributionPlanRepository plans;
    private final Clock clock;

    public DistributionPlanService(DistributionPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The campaign's empty plan, addressed to the provincial units the campaign names. */
    @Transactional(TxType.MANDATORY)
    public void openFor(CampaignPublished campaign) {
        UUID planId = plans.openIfAbsent(campaign.campaignId(), OffsetDateTime.now(clock));
        campaign.provincialUnits().forEach(unit -> plans.addRecipientIfAbsent(planId, unit.code(), unit.name().zh()));
    }

    public List<DistributionPlan> list(UUID campaignId, OffsetDateTime afterOpened, UUID afterId, int limit) {
        return plans.list(campaignId, afterOpened, afterId, limit);
    }

    public long recipients(UUID planId) {
        return plans.recipients(planId);
    }
}
