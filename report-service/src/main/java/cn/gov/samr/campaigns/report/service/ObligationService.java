package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.messaging.CampaignPublished;
import cn.gov.samr.campaigns.report.messaging.CampaignUpdated;
import cn.gov.samr.campaigns.report.messaging.Reporting;
import cn.gov.samr.campaigns.report.repository.CampaignProjectionRepository;
import cn.gov.samr.campaigns.report.repository.CampaignProjectionRepository.Deadlines;
import cn.gov.samr.campaigns.report.repository.CampaignProjectionRepository.Unit;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.repository.ObligationRepository.Party;

/**
 * Opens the obligations a campaign's reporting rules ask for: one per party (provincial unit or certification body)
 * and kind of report (summary, activity plan), archived when the edition is entered in archive mode. A campaign that
 * owes nothing (a series) opens none.
 */
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
     * The obligations the rules name, each opened unless it exists, due on the newest deadline known for the
     * campaign: a CampaignPublished replayed after a later CampaignUpdated (a rebuild) creates what is missing with
     * the later deadline. {@code version} is the event's aggregate version.
     */
    @Transactional(TxType.MANDATORY)
    public void openFor(CampaignPublished campaign, long version) {
        Reporting rules = campaign.rules();
        boolean newest = campaigns.advance(campaign.campaignId(), campaign.reportingDeadline(),
                rules.activityPlanDue(), version);
        List<Unit> units = campaign.provincialUnits().stream()
                .map(u -> new Unit(u.code(), u.name().zh(), u.name().en())).toList();
        campaigns.rememberUnits(campaign.campaignId(), units);
        apply(campaign.campaignId(), rules, units, newest);
    }

    /**
     * The campaign changed: obligations its rules now add are opened, and every obligation follows its kind's
     * deadline, but one whose extension was granted keeps the later of the new campaign date and its extension (an
     * extension is never taken back by a campaign edit). An update older than what was applied moves nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void follow(CampaignUpdated campaign, long version) {
        Reporting rules = campaign.rules();
        boolean newest = campaigns.advance(campaign.campaignId(), campaign.reportingDeadline(),
                rules.activityPlanDue(), version);
        apply(campaign.campaignId(), rules, campaigns.deadlines(campaign.campaignId()).units(), newest);
    }

    private void apply(UUID campaignId, Reporting rules, List<Unit> knownUnits, boolean newest) {
        Deadlines due = campaigns.deadlines(campaignId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Party> parties = parties(rules, knownUnits);
        if (rules.summary() && due.reportingDeadline() != null) {
            parties.forEach(p -> obligations.openIfAbsent(campaignId, p, ObligationKind.SUMMARY,
                    due.reportingDeadline(), rules.archived(), now));
        }
        if (rules.activityPlanDue() != null && due.activityPlanDue() != null) {
            parties.forEach(p -> obligations.openIfAbsent(campaignId, p, ObligationKind.ACTIVITY_PLAN,
                    due.activityPlanDue(), rules.archived(), now));
        }
        if (newest) {
            if (due.reportingDeadline() != null) {
                obligations.moveDeadline(campaignId, ObligationKind.SUMMARY, due.reportingDeadline());
            }
            if (due.activityPlanDue() != null) {
                obligations.moveDeadline(campaignId, ObligationKind.ACTIVITY_PLAN, due.activityPlanDue());
            }
        }
    }

    /**
     * The provincial units (all those the campaign was published to, or those named, with their names when known)
     * and the certification bodies (by approval number; their names come with the reference data later).
     */
    private static List<Party> parties(Reporting rules, List<Unit> knownUnits) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        knownUnits.forEach(u -> byCode.put(u.code(), u));
        List<Unit> units = rules.provincialUnits() == null ? List.copyOf(byCode.values())
                : rules.provincialUnits().stream().map(code -> byCode.getOrDefault(code, new Unit(code, code, null)))
                        .toList();
        List<Party> parties = new java.util.ArrayList<>();
        units.forEach(u -> parties.add(Party.unit(u.code(), u.zh(), u.en())));
        rules.certificationBodies().forEach(b -> parties.add(Party.body(b)));
        return parties;
    }

    /** A page of a campaign's obligations; the cursor is (party, kind name). */
    public List<Obligation> list(ObligationRepository.Filter filter, String afterParty, String afterKind, int limit) {
        ObligationKind after = null;
        if (afterParty != null) {
            after = java.util.Arrays.stream(ObligationKind.values()).filter(k -> k.name().equals(afterKind))
                    .findFirst().orElseThrow(() -> InvalidInputException.of("cursor",
                            "not a cursor this list returned; start again without one"));
        }
        return obligations.list(filter, afterParty, after, limit);
    }
}
