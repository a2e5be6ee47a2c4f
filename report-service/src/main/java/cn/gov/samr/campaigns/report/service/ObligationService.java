package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.messaging.CampaignPublished;
import cn.gov.samr.campaigns.report.messaging.CampaignUpdated;
import cn.gov.samr.campaigns.report.repository.CampaignProjectionRepository;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;

@ApplicationScoped
public class ObligationService {

    private final ObligationRepository obligations;
    private final CampaignProjectionRepository campaigns;
    private final Clock clock;

    public ObligationService(ObligationRepository obligations, CampaignProjectionRepository campaigns, Clock clock) {
        this.obligations = obligations;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * One obligation per provincial unit the campaign names, each opened unless it exists, due on the newest
     * deadline known for the campaign: a CampaignPublished replayed after a later CampaignUpdated (a rebuild)
     * creates what is missing with the later deadline. {@code version} is the event's aggregate version.
     */
    @Transactional(TxType.MANDATORY)
    public void openFor(CampaignPublished campaign, long version) {
        boolean newest = campaigns.advance(campaign.campaignId(), campaign.reportingDeadline(), version);
        LocalDate deadline = campaigns.deadline(campaign.campaignId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CampaignPublished.ProvincialUnit unit : campaign.provincialUnits()) {
            obligations.openIfAbsent(campaign.campaignId(), unit.code(), unit.name().zh(), unit.name().en(),
                    deadline, now);
        }
        if (newest) {
            obligations.moveDeadline(campaign.campaignId(), deadline);
        }
    }

    /**
     * The campaign's deadline moved: every obligation of it moves with it, but one whose extension was granted keeps
     * the later of the new campaign date and its extension (an extension is never taken back by a campaign edit).
     * An update older than what was applied changes nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void follow(CampaignUpdated campaign, long version) {
        if (campaigns.advance(campaign.campaignId(), campaign.reportingDeadline(), version)) {
            obligations.moveDeadline(campaign.campaignId(), campaign.reportingDeadline());
        }
    }

    public List<Obligation> list(UUID campaignId, String division, String afterDivision, int limit) {
        return obligations.list(campaignId, division, afterDivision, limit);
    }
}
