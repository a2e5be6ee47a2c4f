package cn.gov.samr.campaigns.event.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignSchedule;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.messaging.CampaignEventProducer;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;

@ApplicationScoped
public class CampaignService {

    /** A validated draft: what the national office decides about an edition. */
    public record Draft(CampaignKind kind, LocalizedText name, LocalizedText theme, CampaignSchedule schedule,
            String launchCity) {
    }

    private final CampaignRepository campaigns;
    private final DivisionRepository divisions;
    private final CampaignEventProducer events;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, DivisionRepository divisions, CampaignEventProducer events,
            Clock clock) {
        this.campaigns = campaigns;
        this.divisions = divisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(Draft draft, String createdBy) {
        Campaign campaign = Campaign.draft(UUID.randomUUID(), createdBy, OffsetDateTime.now(clock));
        CampaignSchedule schedule = draft.schedule();
        campaign.kind = draft.kind();
        campaign.name = draft.name();
        campaign.theme = draft.theme();
        campaign.year = schedule.windowStart().getYear();
        campaign.windowStart = schedule.windowStart();
        campaign.windowEnd = schedule.windowEnd();
        campaign.reportingDeadline = schedule.reportingDeadline();
        campaign.launchDate = schedule.launchDate();
        campaign.launchCity = draft.launchCity();
        campaigns.persist(campaign);
        return campaign;
    }

    /** Publishes the draft and, in the same transaction, announces it to the other services. */
    @Transactional
    public Campaign publish(UUID id) {
        Campaign campaign = get(id);
        if (campaign.publish(OffsetDateTime.now(clock))) {
            campaigns.flush(); // the version check before the event is written
            events.published(campaign, divisions.provincialUnits());
        }
        return campaign;
    }

    public Campaign get(UUID id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Campaign", id));
    }

    public List<Campaign> list(CampaignRepository.Filter filter, LocalDate afterStart, UUID afterId, int limit) {
        return campaigns.list(filter, afterStart, afterId, limit);
    }

    /** Who may see drafts: only the national office plans editions. */
    public static List<CampaignStatus> visibleStatuses(boolean nationalAdmin) {
        return nationalAdmin ? List.of(CampaignStatus.values()) : List.of(CampaignStatus.PUBLISHED, CampaignStatus.CLOSED);
    }
}
