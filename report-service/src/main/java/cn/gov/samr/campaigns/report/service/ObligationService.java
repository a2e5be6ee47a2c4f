package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.messaging.CampaignPublished;
import cn.gov.samr.campaigns.report.messaging.CampaignUpdated;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;

@ApplicationScoped
public class ObligationService {

    private final ObligationRepository obligations;
    private final Clock clock;

    public ObligationService(ObligationRepository obligations, Clock clock) {
        this.obligations = obligations;
        this.clock = clock;
    }

    /** One obligation per provincial unit the campaign names, due on the campaign's reporting deadline. */
    @Transactional(TxType.MANDATORY)
    public void openFor(CampaignPublished campaign) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CampaignPublished.ProvincialUnit unit : campaign.provincialUnits()) {
            obligations.openIfAbsent(campaign.campaignId(), unit.code(), unit.name().zh(), unit.name().en(),
                    campaign.reportingDeadline(), now);
        }
    }

    /**
     * The campaign's deadline moved: every obligation of it moves with it, but one whose extension was granted keeps
     * the later of the new campaign date and its extension (an extension is never taken back by a campaign edit).
     */
    @Transactional(TxType.MANDATORY)
    public void follow(CampaignUpdated campaign) {
        obligations.moveDeadline(campaign.campaignId(), campaign.reportingDeadline());
    }

    public List<Obligation> list(UUID campaignId, String division, String afterDivision, int limit) {
        return obligations.list(campaignId, division, afterDivision, limit);
    }
}
