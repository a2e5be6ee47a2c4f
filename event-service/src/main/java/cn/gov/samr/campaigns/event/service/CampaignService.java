package cn.gov.samr.campaigns.event.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignChange;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CampaignTerms;
import cn.gov.samr.campaigns.event.domain.CampaignTheme;
import cn.gov.samr.campaigns.event.domain.HostSlot;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.ReportingRules;
import cn.gov.samr.campaigns.event.domain.ThemeScope;
import cn.gov.samr.campaigns.event.messaging.CampaignEventProducer;
import cn.gov.samr.campaigns.event.repository.CampaignChangeRepository;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.CertificationBodyDirectory;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.rest.Versions;

@ApplicationScoped
public class CampaignService {

    /** A host slot as decided: the week, the provincial unit, its focus themes. */
    public record Slot(String province, LocalDate weekStart, LocalDate weekEnd, List<LocalizedText> focusThemes) {
    }


    private final CampaignRepository campaigns;
    private final CampaignChangeRepository changes;
    private final DivisionRepository divisions;
    private final CampaignEventProducer events;
    private final LaunchCeremonyService ceremonies;
    private final ObjectMapper json;
    private final Clock clock;
    private final NoticeService notices;
    private final CertificationBodyDirectory certificationBodies;

    public CampaignService(CampaignRepository campaigns, CampaignChangeRepository changes,
            DivisionRepository divisions, CampaignEventProducer events, LaunchCeremonyService ceremonies,
            NoticeService notices, CertificationBodyDirectory certificationBodies, ObjectMapper json, Clock clock) {
        this.notices = notices;
        this.certificationBodies = certificationBodies;
        this.campaigns = campaigns;
        this.changes = changes;
        this.divisions = divisions;
        this.events = events;
        this.ceremonies = ceremonies;
        this.json = json;
        this.clock = clock;
    }

    /** Parent links followed before a chain is taken for a cycle; real campaigns nest two or three deep. */
    private static final int MAX_DEPTH = 16;

    /** Every write applies the rules itself, whatever the entry point; a resource checks first to name all at once. */
    private void requireValid(CampaignTerms terms, UUID self) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        check(terms, self, errors);
        errors.throwIfAny();
    }

    /**
     * The rules of a campaign's terms beyond their fields' own: the dates, the reporting, the themes, the series and
     * the parent. A window running past the parent's is no error: {@link #warnings(Campaign)} names it.
     */
    public void check(CampaignTerms terms, UUID self, InvalidInputException.Collector errors) {
        terms.schedule().check(errors);
        errors.check(!terms.reporting().summary() || terms.schedule().reportingDeadline() != null, "reportingDeadline",
                "is required when a summary is owed (reporting.summary)");
        checkThemes(terms.themes(), errors);
        checkSeries(terms, self, errors);
        checkReporting(terms, errors);
        checkParent(terms, self, errors);
    }

    /** One theme per scope: World Accreditation Day has an international and a domestic one, not two of either. */
    private static void checkThemes(List<CampaignTheme> themes, InvalidInputException.Collector errors) {
        Map<ThemeScope, Integer> seen = new EnumMap<>(ThemeScope.class);
        for (int i = 0; i < themes.size(); i++) {
            ThemeScope scope = themes.get(i) == null ? null : themes.get(i).scope();
            Integer first = scope == null ? null : seen.putIfAbsent(scope, i);
            errors.check(first == null, "themes[" + i + "].scope",
                    "themes[" + first + "] is already the " + scopeName(scope) + " theme; one theme per scope");
        }
    }

    /**
     * A series (系列) groups editions and stands alone: it belongs to no series and runs under no parent, and it owes
     * no reports (its editions do). An edition's seriesId names a campaign of kind series.
     */
    private void checkSeries(CampaignTerms terms, UUID self, InvalidInputException.Collector errors) {
        if (terms.kind() == CampaignKind.SERIES) {
            errors.check(terms.seriesId() == null, "seriesId", "a series belongs to no series; its editions do")
                    .check(terms.parentId() == null, "parentId", "a series runs under no parent; its editions may")
                    .check(!terms.reporting().owesAnything(), "reporting",
                            "a series owes no reports; its editions do (leave reporting out, or owe nothing)");
        } else if (self != null && terms.kind() != null) {
            long editions = campaigns.count("seriesId", self);
            errors.check(editions == 0, "kind", editions + " edition(s) belong to this series; it stays a series");
        }
        if (terms.seriesId() == null || terms.kind() == CampaignKind.SERIES) {
            return;
        }
        Campaign series = campaigns.findById(terms.seriesId());
        if (series == null) {
            errors.check(false, "seriesId", "no such campaign");
        } else {
            errors.check(series.kind == CampaignKind.SERIES, "seriesId",
                    "names a campaign of kind " + kindName(series.kind) + ", not a series");
        }
    }


    /**
     * Who reports: named units are provincial units, bodies are known certification bodies (by CNCA approval number),
     * and an activity plan is due before the window opens.
     */
    private void checkReporting(CampaignTerms terms, InvalidInputException.Collector errors) {
        ReportingRules rules = terms.reporting();
        if (rules.provincialUnits() != null && !rules.provincialUnits().isEmpty()) {
            Set<String> known = provincialUnitCodes();
            for (int i = 0; i < rules.provincialUnits().size(); i++) {
                errors.check(known.contains(rules.provincialUnits().get(i)), "reporting.provincialUnits[" + i + "]",
                        "is not a provincial unit");
            }
            errors.check(Set.copyOf(rules.provincialUnits()).size() == rules.provincialUnits().size(),
                    "reporting.provincialUnits", "names a unit twice");
        }
        for (int i = 0; i < rules.certificationBodies().size(); i++) {
            errors.check(certificationBodies.exists(rules.certificationBodies().get(i)),
                    "reporting.certificationBodies[" + i + "]",
                    "not the approval number of a known certification body (GET /api/v1/certification-bodies)");
        }
        errors.check(Set.copyOf(rules.certificationBodies()).size() == rules.certificationBodies().size(),
                "reporting.certificationBodies", "names a body twice");
        LocalDate windowStart = terms.schedule().windowStart();
        errors.check(rules.activityPlanDue() == null || windowStart == null
                || rules.activityPlanDue().isBefore(windowStart), "reporting.activityPlanDue",
                "must be before the window starts (" + windowStart + ")");
    }

    /**
     * A published campaign's obligations are open in report-service: its rules may add parties or reports (the
     * CampaignUpdated opens them), never take back one already opened, nor switch between live and archive.
     */
    private static void checkReportingKept(ReportingRules before, ReportingRules after,
            InvalidInputException.Collector errors) {
        errors.check(before.mode() == after.mode(), "reporting.mode", "cannot change once the campaign is published");
        if (before.provincialUnits() == null) {
            errors.check(after.provincialUnits() == null, "reporting.provincialUnits",
                    "all provincial units owe reports already; none can be removed once the campaign is published");
        } else if (after.provincialUnits() != null) {
            List<String> dropped = before.provincialUnits().stream()
                    .filter(u -> !after.provincialUnits().contains(u)).toList();
            errors.check(dropped.isEmpty(), "reporting.provincialUnits",
                    "cannot remove " + dropped + " once the campaign is published");
        }
        List<String> droppedBodies = before.certificationBodies().stream()
                .filter(b -> !after.certificationBodies().contains(b)).toList();
        errors.check(droppedBodies.isEmpty(), "reporting.certificationBodies",
                "cannot remove " + droppedBodies + " once the campaign is published");
        errors.check(before.activityPlanDue() == null || after.activityPlanDue() != null, "reporting.activityPlanDue",
                "the activity plan is owed already and cannot be dropped once the campaign is published");
        errors.check(!before.summary() || after.summary(), "reporting.summary",
                "the summary is owed already and cannot be dropped once the campaign is published");
    }

    /** The parent exists, is not the campaign itself, and does not run under it (no cycle). */
    private void checkParent(CampaignTerms terms, UUID self, InvalidInputException.Collector errors) {
        if (terms.parentId() == null || terms.kind() == CampaignKind.SERIES) {
            return;
        }
        Campaign parent = campaigns.findById(terms.parentId());
        if (parent == null || parent.id.equals(self)) {
            errors.check(false, "parentId", parent == null ? "no such campaign" : "a campaign cannot be its own parent");
            return;
        }
        Campaign above = parent;
        for (int depth = 0; above != null && depth < MAX_DEPTH; depth++) {
            if (self != null && self.equals(above.parentId)) {
                errors.check(false, "parentId", "campaign " + parent.id + " runs under this one: a cycle");
                return;
            }
            above = above.parentId == null ? null : campaigns.findById(above.parentId);
        }
        errors.check(above == null, "parentId", "the parent's chain of parents is deeper than " + MAX_DEPTH);
    }

    /**
     * What to look at although nothing was refused: a window running before or past its parent's or its series'
     * window (a week from 27 September to 1 October under that year's Quality Month). Read when the view is built,
     * so a parent's later change shows on its children.
     */
    public List<FieldError> warnings(Campaign campaign) {
        List<FieldError> warnings = new ArrayList<>();
        overrun(campaign, campaign.parentId, "parentId", "the parent's", warnings);
        overrun(campaign, campaign.seriesId, "seriesId", "the series'", warnings);
        return warnings;
    }

    private void overrun(Campaign campaign, UUID aboveId, String field, String whose, List<FieldError> warnings) {
        Campaign above = aboveId == null ? null : campaigns.findById(aboveId);
        if (above == null) {
            return;
        }
        String window = " " + whose + " window " + above.windowStart + " to " + above.windowEnd;
        long early = ChronoUnit.DAYS.between(campaign.windowStart, above.windowStart);
        if (early > 0) {
            warnings.add(new FieldError(field, "starts " + days(early) + " before" + window));
        }
        long late = ChronoUnit.DAYS.between(above.windowEnd, campaign.windowEnd);
        if (late > 0) {
            warnings.add(new FieldError(field, "runs " + days(late) + " past" + window));
        }
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String scopeName(ThemeScope scope) {
        return scope == null ? "" : scope.name().toLowerCase();
    }

    private static String kindName(CampaignKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    @Transactional
    public Campaign create(CampaignTerms terms, String createdBy) {
        requireValid(terms, null);
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
        Versions.require("Campaign", campaign.id, campaign.version, expectedVersion);
        requireValid(terms, id);
        Map<String, Object> changed = CampaignChange.between(campaign.terms(), terms);
        if (campaign.status == CampaignStatus.PUBLISHED) {
            InvalidInputException.Collector errors = InvalidInputException.collect()
                    .check(terms.kind() == campaign.kind, "kind", "cannot change once the campaign is published")
                    .check(!CampaignChange.movesWindow(changed) || (reason != null && !reason.isBlank()), "changeReason",
                            "is required when the window of a published campaign changes");
            checkReportingKept(campaign.reporting(), terms.reporting(), errors);
            errors.throwIfAny();
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
        Campaign next = current.rollOver(UUID.randomUUID(), nextYears(current.parentId, null),
                nextYears(current.seriesId, current.seriesId), createdBy, now());
        campaigns.persist(next);
        return next;
    }

    /** The edition rolled over from the given one (next year's parent or series), or the fallback when none is. */
    private UUID nextYears(UUID campaign, UUID fallback) {
        return campaign == null ? null
                : campaigns.find("rolledOverFrom", campaign).firstResultOptional().map(c -> c.id).orElse(fallback);
    }

    /** Replaces the experience week's host slots; the caller has checked the slots' own rules. */
    @Transactional
    public Campaign replaceHostSlots(UUID id, List<Slot> slots, Long expectedVersion, String changedBy) {
        Campaign campaign = get(id);
        Versions.require("Campaign", campaign.id, campaign.version, expectedVersion);
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

    /** The links of each campaign of a list, in one query per kind of link whatever the length of the list. */
    public Map<UUID, CampaignLinks> links(List<Campaign> list) {
        List<UUID> ids = list.stream().map(c -> c.id).toList();
        Map<UUID, List<CampaignLinks.Launch>> launches = ceremonies.launchesOf(ids);
        Map<UUID, List<CampaignLinks.Notice>> announced = notices.publishedNaming(list);
        Map<UUID, CampaignLinks> links = new HashMap<>();
        for (UUID id : ids) {
            links.put(id, new CampaignLinks(launches.getOrDefault(id, List.of()), announced.getOrDefault(id, List.of())));
        }
        return links;
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

    /**
     * A page of the changes to the campaigns in the given statuses, in commit order (platform ChangeFeed), read in
     * one snapshot: its own transaction, so the views are built here, with their links of that snapshot.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Changes<T> changes(List<CampaignStatus> statuses, ChangeFeed.Position after, int limit,
            BiFunction<Campaign, CampaignLinks, T> view) {
        ChangeFeed.oneSnapshot(campaigns.getEntityManager());
        return ChangeFeed.page(campaigns.changes(statuses, after, limit + 1), after, limit, campaigns::byIds,
                c -> c.id, list -> {
                    Map<UUID, CampaignLinks> links = links(list);
                    return list.stream().map(c -> view.apply(c, links.get(c.id))).toList();
                });
    }

    /** Who may see drafts: only the national office plans editions. */
    public static List<CampaignStatus> visibleStatuses(boolean nationalAdmin) {
        return nationalAdmin ? List.of(CampaignStatus.values()) : List.of(CampaignStatus.PUBLISHED, CampaignStatus.CLOSED);
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
