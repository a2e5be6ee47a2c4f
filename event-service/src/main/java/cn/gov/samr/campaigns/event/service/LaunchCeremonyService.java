package cn.gov.samr.campaigns.event.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CeremonyPlace;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.event.repository.LaunchCeremonyRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * Launch ceremonies (启动仪式) and their rules: a known place, campaigns that exist, a day no more than the configured
 * number of days before each campaign's window starts and not after it ends, and an outcome whose fields fit it. A
 * campaign launched by a second ceremony is a warning, not a refusal.
 */
@ApplicationScoped
public class LaunchCeremonyService {

    /** A ceremony as a write left it, with what to look at although nothing was refused. */
    public record Saved(LaunchCeremony ceremony, List<FieldError> warnings) {
    }

    private final LaunchCeremonyRepository ceremonies;
    private final CampaignRepository campaigns;
    private final DivisionTree divisions;
    private final EventServiceConfig config;
    private final Clock clock;

    public LaunchCeremonyService(LaunchCeremonyRepository ceremonies, CampaignRepository campaigns,
            DivisionTree divisions, EventServiceConfig config, Clock clock) {
        this.ceremonies = ceremonies;
        this.campaigns = campaigns;
        this.divisions = divisions;
        this.config = config;
        this.clock = clock;
    }

    /** Every write applies the rules itself, whatever the entry point; a resource checks first to name all at once. */
    private static void requireValid(Consumer<InvalidInputException.Collector> rules) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        rules.accept(errors);
        errors.throwIfAny();
    }

    /** The plan's rules beyond its fields' own: the place exists, the campaigns exist, the day fits their windows. */
    public void check(LaunchCeremony.Plan plan, InvalidInputException.Collector errors) {
        checkPlace(plan.place(), plan.date(), "place.division", errors);
        List<Campaign> launched = new ArrayList<>();
        for (int i = 0; i < plan.campaigns().size(); i++) {
            UUID id = plan.campaigns().get(i);
            Campaign campaign = id == null ? null : campaigns.findById(id);
            if (id != null) {
                errors.check(campaign != null, "campaigns[" + i + "]", "no such campaign");
            }
            if (campaign != null) {
                launched.add(campaign);
            }
        }
        checkDay(plan.date(), launched, "date", errors);
    }

    /** The outcome's rules: which fields each outcome takes, a known place, a day that fits the campaigns' windows. */
    public void check(LaunchCeremony ceremony, LaunchCeremony.Outcome outcome, InvalidInputException.Collector errors) {
        LaunchOutcome kind = outcome.outcome();
        if (kind == null) {
            return; // the required check names it
        }
        boolean online = kind == LaunchOutcome.ONLINE || kind == LaunchOutcome.HYBRID;
        errors.check(!online || outcome.link() != null, "link", "is required for an " + kind.apiName() + " ceremony");
        errors.check(online || outcome.link() == null, "link", "only an online or hybrid ceremony has a link");
        errors.check(kind != LaunchOutcome.CANCELLED || outcome.reason() != null, "reason",
                "is required for a cancelled ceremony");
        errors.check(kind == LaunchOutcome.CANCELLED || outcome.reason() == null, "reason",
                "only a cancelled ceremony has a reason");
        boolean placeAllowed = kind == LaunchOutcome.MOVED || kind == LaunchOutcome.HYBRID;
        errors.check(placeAllowed || outcome.place() == null, "place",
                "only a moved or hybrid ceremony takes a place of its own; " + kind.apiName()
                        + (kind == LaunchOutcome.ONLINE ? " has none" : " keeps the planned one"));
        boolean dateAllowed = placeAllowed || kind == LaunchOutcome.ONLINE;
        errors.check(dateAllowed || outcome.date() == null, "date",
                "only a moved, online or hybrid ceremony takes a day of its own");
        if (kind == LaunchOutcome.MOVED) {
            boolean movesPlace = outcome.place() != null && !outcome.place().equals(ceremony.plannedPlace);
            boolean movesDay = outcome.date() != null && !outcome.date().equals(ceremony.plannedDate);
            errors.check(movesPlace || movesDay, "outcome", "a moved ceremony names its new place or day");
        }
        if (placeAllowed && outcome.place() != null) {
            checkPlace(outcome.place(), outcome.date() != null ? outcome.date() : ceremony.plannedDate,
                    "place.division", errors);
        }
        if (dateAllowed && outcome.date() != null) {
            checkDay(outcome.date(), campaigns.list("id in ?1", ceremony.campaignIds), "date", errors);
        }
    }

    @Transactional
    public Saved create(LaunchCeremony.Plan plan, String createdBy) {
        requireValid(errors -> check(plan, errors));
        LaunchCeremony ceremony = LaunchCeremony.planned(UUID.randomUUID(), plan, createdBy, now());
        ceremonies.persist(ceremony);
        ceremonies.flush();
        return new Saved(ceremony, warnings(ceremony));
    }

    /** Changes the plan; the outcome already recorded stays. */
    @Transactional
    public Saved change(UUID id, LaunchCeremony.Plan plan, Long expectedVersion) {
        LaunchCeremony ceremony = get(id);
        Versions.require("Launch ceremony", ceremony.id, ceremony.version, expectedVersion);
        requireValid(errors -> check(plan, errors));
        ceremony.replan(plan, now());
        ceremonies.flush(); // the version this change commits is the answer's ETag
        return new Saved(ceremony, warnings(ceremony));
    }

    /** Records what happened, checked against the ceremony ({@link #check}). */
    @Transactional
    public LaunchCeremony record(UUID id, LaunchCeremony.Outcome outcome, Long expectedVersion) {
        LaunchCeremony ceremony = get(id);
        Versions.require("Launch ceremony", ceremony.id, ceremony.version, expectedVersion);
        requireValid(errors -> check(ceremony, outcome, errors));
        ceremony.record(outcome, now());
        ceremonies.flush();
        return ceremony;
    }

    public LaunchCeremony get(UUID id) {
        return ceremonies.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Launch ceremony", id));
    }

    /** A ceremony the caller may see: the national office every one, others those of an announced campaign. */
    public LaunchCeremony visible(UUID id, boolean nationalAdmin) {
        LaunchCeremony ceremony = get(id);
        if (!nationalAdmin && announced(ceremony.campaignIds).isEmpty()) {
            throw new NotFoundProblem("Launch ceremony", id);
        }
        return ceremony;
    }

    public List<LaunchCeremony> list(LaunchCeremonyRepository.Filter filter, LocalDate afterDay, UUID afterId,
            int limit) {
        return ceremonies.list(filter, afterDay, afterId, limit);
    }

    /** Of the given campaigns, those published or closed: the campaigns anyone may know of. */
    public Set<UUID> announced(Collection<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Set.of();
        }
        return campaigns.list("id in ?1 and status in ?2", campaignIds,
                List.of(CampaignStatus.PUBLISHED, CampaignStatus.CLOSED)).stream().map(c -> c.id)
                .collect(Collectors.toSet());
    }

    /** Each campaign's ceremonies for its view, as held or as planned; one query for a whole list of campaigns. */
    public Map<UUID, List<CampaignLinks.Launch>> launchesOf(Collection<UUID> campaignIds) {
        Map<UUID, List<CampaignLinks.Launch>> launches = new LinkedHashMap<>();
        for (LaunchCeremonyRepository.CampaignLaunch l : ceremonies.ofCampaigns(campaignIds)) {
            launches.computeIfAbsent(l.campaignId(), k -> new ArrayList<>())
                    .add(new CampaignLinks.Launch(l.ceremonyId(), l.day(), l.division(), l.outcome().apiName()));
        }
        return launches;
    }

    /** Another live ceremony of one of its campaigns: named, at most five per campaign. */
    private List<FieldError> warnings(LaunchCeremony ceremony) {
        List<FieldError> warnings = new ArrayList<>();
        if (ceremony.outcome == LaunchOutcome.CANCELLED) {
            return warnings;
        }
        for (UUID campaign : ceremony.campaignIds) {
            for (LaunchCeremony other : ceremonies.othersOf(campaign, ceremony.id)) {
                warnings.add(new FieldError("campaigns", "campaign " + campaign + " already has a launch ceremony: "
                        + other.id + " (" + other.title.zh() + ", " + other.day() + ")"));
            }
        }
        return warnings;
    }

    /** A known division, current on the day (a code a newer list retired names its successors instead). */
    private void checkPlace(CeremonyPlace place, LocalDate day, String field, InvalidInputException.Collector errors) {
        if (place == null || place.division() == null || !place.division().matches("\\d{6}")) {
            return; // missing or malformed: the field checks name it
        }
        String code = place.division();
        if (!divisions.exists(code)) {
            errors.check(false, field, "no division has the code " + code);
        } else if (day != null) {
            errors.check(divisions.isCurrent(code, day), field, "'" + code + "' is not a current division code on "
                    + day + " (GET /api/v1/divisions/" + code + " names its successors)");
        }
    }

    /** Not more than the configured days before any campaign's window starts, not after any campaign's window ends. */
    private void checkDay(LocalDate day, List<Campaign> launched, String field, InvalidInputException.Collector errors) {
        if (day == null) {
            return;
        }
        int daysBefore = config.launchCeremonies().maxDaysBeforeWindow();
        for (Campaign campaign : launched) {
            LocalDate earliest = campaign.windowStart.minusDays(daysBefore);
            errors.check(!day.isBefore(earliest), field, "must be no more than " + daysBefore
                    + " days before the window of campaign " + campaign.id + " starts (" + campaign.windowStart
                    + "): " + earliest + " at the earliest");
            errors.check(!day.isAfter(campaign.windowEnd), field, "must not be after the window of campaign "
                    + campaign.id + " ends (" + campaign.windowEnd + ")");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
