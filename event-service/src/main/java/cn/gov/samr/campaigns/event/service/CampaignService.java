package cn.gov.samr.campaigns.event.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignChange;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CampaignTerms;
import cn.gov.samr.campaigns.event.domain.HostSlot;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.messaging.CampaignEventProducer;
import cn.gov.samr.campaigns.event.repository.CampaignChangeRepository;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.PreconditionFailedProblem;

@ApplicationScoped
public class CampaignService {

    /** A host slot as decided: the week, the provincial unit, its focus themes. */
    public record Slot(String province, LocalDate weekStart, LocalDate weekEnd, List<LocalizedText> focusThemes) {
    }

    private final CampaignRepository campaigns;
    private final CampaignChangeRepository changes;
    private final DivisionRepository divisions;
    private final CampaignEventProducer events;
    private final ObjectMapper json;
    private final Clock clock;
    private final NoticeService notices;

    public CampaignService(CampaignRepository campaigns, CampaignChangeRepository changes,
            DivisionRepository divisions, CampaignEventProducer events, ObjectMapper json, Clock clock,
            NoticeService notices) {
        this.notices = notices;
        this.campaigns = campaigns;
        this.changes = changes;
        this.divisions = divisions;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The rules of a campaign's terms beyond their fields' own: the dates, the reporting, the parent. */
    public void check(CampaignTerms terms, UUID self, InvalidInputException.Collector errors) {
        terms.schedule().check(errors);
        errors.check(!terms.reporting().summary() || terms.schedule().reportingDeadline() != null, "reportingDeadline",
                "is required when a summary is owed (reporting.summary)");
        checkParent(terms, self, errors);
    }

    /** The rules that need other campaigns: the parent exists and its window holds this one's. */
    private void checkParent(CampaignTerms terms, UUID self, InvalidInputException.Collector errors) {
        if (terms.parentId() == null || terms.schedule().windowStart() == null || terms.schedule().windowEnd() == null) {
            return;
        }
        Campaign parent = campaigns.findById(terms.parentId());
        if (parent == null || parent.id.equals(self)) {
            errors.check(false, "parentId", parent == null ? "no such campaign" : "a campaign cannot be its own parent");
            return;
        }
        errors.check(!terms.schedule().windowStart().isBefore(parent.windowStart)
                && !terms.schedule().windowEnd().isAfter(parent.windowEnd), "parentId",
                "the window must lie inside the parent's window " + parent.windowStart + " to " + parent.windowEnd);
    }

    @Transactional
    public Campaign create(CampaignTerms terms, String createdBy) {
        Campaign campaign = Campaign.draft(UUID.randomUUID(), terms, createdBy, now());
        campaigns.persist(campaign);
        return campaign;
    }

    /**
     * Changes a draft freely; changes a published campaign with a recorded history, a reason whenever the window
     * moves, and a CampaignUpdated event. A closed campaign no longer changes.
     *
     * @param expectedVersion the version the caller last read (If-Match), or null to skip the check
     */
    @Transactional
    public Campaign update(UUID id, CampaignTerms terms, String reason, Long expectedVersion, String changedBy) {
        Campaign campaign = get(id);
        requireVersion(campaign, expectedVersion);
        Map<String, Object> changed = CampaignChange.between(campaign.terms(), terms);
        if (campaign.status == CampaignStatus.PUBLISHED) {
            InvalidInputException.collect()
                    .check(terms.kind() == campaign.kind, "kind", "cannot change once the campaign is published")
                    .check(!CampaignChange.movesWindow(changed) || (reason != null && !reason.isBlank()), "changeReason",
                            "is required when the window of a published campaign changes")
                    .throwIfAny();
        }
        campaign.apply(terms, now());
        if (campaign.status == CampaignStatus.PUBLISHED && !changed.isEmpty()) {
            recordChange(campaign, changed, changedBy, reason);
        }
        campaigns.flush(); // the version this change commits is the answer's ETag
        return campaign;
    }

    /** Publishes the draft and, in the same transaction, announces it to the other services. */
    @Transactional
    public Campaign publish(UUID id) {
        Campaign campaign = get(id);
        if (campaign.publish(now())) {
            campaigns.flush(); // the version check before the event is written
            events.published(campaign, divisions.provincialUnits());
        }
        return campaign;
    }

    @Transactional
    public Campaign close(UUID id) {
        Campaign campaign = get(id);
        if (campaign.close(now())) {
            campaigns.flush();
            events.closed(campaign);
        }
        return campaign;
    }

    /** Next year's edition as a draft; once per edition. */
    @Transactional
    public Campaign rollOver(UUID id, String createdBy) {
        Campaign current = get(id);
        campaigns.find("rolledOverFrom", id).firstResultOptional().ifPresent(existing -> {
            throw new ConflictProblem("Campaign " + id + " was already rolled over into " + existing.id + ".");
        });
        Campaign next = current.rollOver(UUID.randomUUID(), createdBy, now());
        campaigns.persist(next);
        return next;
    }

    /** Replaces the experience week's host slots; the caller has checked the slots' own rules. */
    @Transactional
    public Campaign replaceHostSlots(UUID id, List<Slot> slots, Long expectedVersion, String changedBy) {
        Campaign campaign = get(id);
        requireVersion(campaign, expectedVersion);
        List<Map<String, Object>> before = slotsAsJson(campaign);
        campaign.replaceHostSlots(slots.stream()
                .map(s -> HostSlot.of(campaign, s.province(), s.weekStart(), s.weekEnd(), s.focusThemes())).toList(),
                now());
        if (campaign.status == CampaignStatus.PUBLISHED) {
            Map<String, Object> change = Map.of("hostSlots", Map.of("from", before, "to", slotsAsJson(campaign)));
            recordChange(campaign, change, changedBy, null);
        }
        campaigns.flush();
        return campaign;
    }

    /** The launch ceremonies and published notices that name the campaign, for its view. */
    public CampaignLinks links(Campaign campaign) {
        return links(List.of(campaign)).get(campaign.id);
    }

    /** {@link #links(Campaign)} of a page of campaigns, in one query per kind of link. */
    public Map<UUID, CampaignLinks> links(List<Campaign> page) {
        Map<UUID, List<CampaignLinks.Notice>> announced = notices.publishedNaming(page);
        return page.stream().collect(Collectors.toMap(c -> c.id, c -> new CampaignLinks(List.of(),
                announced.getOrDefault(c.id, List.of())), (a, b) -> a));
    }

    public Set<String> provincialUnitCodes() {
        return divisions.provincialUnits().stream().map(d -> d.code).collect(Collectors.toSet());
    }

    public List<CampaignChange> history(UUID id) {
        get(id);
        return changes.history(id);
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

    /** @param expectedVersion the version the caller last read (If-Match), or null ({@code *}) to skip the check */
    private static void requireVersion(Campaign campaign, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != campaign.version) {
            throw new PreconditionFailedProblem("Campaign " + campaign.id + " is at version " + campaign.version
                    + ", not " + expectedVersion + "; read it again.");
        }
    }

    private void recordChange(Campaign campaign, Map<String, Object> changed, String changedBy, String reason) {
        Map<String, Object> plain = json.convertValue(changed, new TypeReference<Map<String, Object>>() {
        });
        changes.persist(CampaignChange.of(campaign.id, plain, changedBy, reason, now()));
        campaigns.flush();
        events.updated(campaign, changedBy, reason, plain);
    }

    private List<Map<String, Object>> slotsAsJson(Campaign campaign) {
        return campaign.hostSlots.stream().map(s -> json.convertValue(
                new Slot(s.province, s.weekStart, s.weekEnd, List.copyOf(s.focusThemes)),
                new TypeReference<Map<String, Object>>() {
                })).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
