package cn.gov.samr.campaigns.event.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityChange;
import cn.gov.samr.campaigns.event.domain.ActivityPlan;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.GeoArea;
import cn.gov.samr.campaigns.event.messaging.ActivityEventProducer;
import cn.gov.samr.campaigns.event.repository.ActivityChangeRepository;
import cn.gov.samr.campaigns.event.repository.ActivityRepository;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.CertificationBodyDirectory;
import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

@ApplicationScoped
public class ActivityService {

    /** An activity as saved, and what the bureau should look at although nothing was refused. */
    public record Saved(Activity activity, List<FieldError> warnings) {
    }

    private final ActivityRepository activities;
    private final ActivityChangeRepository changes;
    private final CampaignRepository campaigns;
    private final DivisionTree divisions;
    private final ActivityEventProducer events;
    private final ObjectMapper json;
    private final Clock clock;
    private final Jurisdiction jurisdiction;
    private final CertificationBodyDirectory certificationBodies;

    public ActivityService(ActivityRepository activities, ActivityChangeRepository changes,
            CampaignRepository campaigns, DivisionTree divisions, ActivityEventProducer events, ObjectMapper json,
            Clock clock, Jurisdiction jurisdiction, CertificationBodyDirectory certificationBodies) {
        this.activities = activities;
        this.changes = changes;
        this.campaigns = campaigns;
        this.divisions = divisions;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
        this.certificationBodies = certificationBodies;
    }

    /**
     * The scheduling rules every entry point applies (the single POST and PUT, the import): the end after the start,
     * the venue's division exists, and every campaign exists, is published, and has the activity's days (in
     * Asia/Shanghai) inside its window — the error names the campaign and why. The caller's jurisdiction is
     * {@link #checkJurisdiction}: a refusal (403) for one activity, an error of its row in an import.
     */
    public void check(ActivityPlan plan, InvalidInputException.Collector errors) {
        check(plan, null, errors);
    }

    /**
     * {@link #check(ActivityPlan, InvalidInputException.Collector)} for a change of an activity that was scheduled
     * with {@code keptDivision}: it keeps that code even after a newer division list has retired it.
     */
    public void check(ActivityPlan plan, String keptDivision, InvalidInputException.Collector errors) {
        if (plan.startsAt() != null && plan.endsAt() != null) {
            errors.check(plan.endsAt().isAfter(plan.startsAt()), "endsAt", "must be after startsAt");
        }
        checkCertificationBodies(plan, errors);
        checkDivision(plan, keptDivision, errors);
        if (plan.startsAt() == null || plan.endsAt() == null || !plan.endsAt().isAfter(plan.startsAt())) {
            return;
        }
        LocalDate firstDay = plan.startsAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        LocalDate lastDay = plan.endsAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        for (UUID id : plan.campaignIds()) {
            Campaign campaign = campaigns.findById(id);
            if (campaign == null || campaign.status != CampaignStatus.PUBLISHED) {
                errors.check(false, "campaigns", campaign == null ? "no campaign " + id
                        : "campaign " + campaign.name.zh() + " is " + campaign.status.name().toLowerCase()
                                + "; activities are scheduled under published campaigns");
                continue;
            }
            String window = " the window of " + campaign.name.zh() + " (" + campaign.windowStart + " to "
                    + campaign.windowEnd + ")";
            errors.check(!firstDay.isBefore(campaign.windowStart) && !firstDay.isAfter(campaign.windowEnd), "startsAt",
                    "is outside" + window);
            errors.check(!lastDay.isAfter(campaign.windowEnd) && !lastDay.isBefore(campaign.windowStart), "endsAt",
                    "is outside" + window);
        }
    }

    /**
     * Certification bodies are named by their CNCA approval number, one the reference list knows: free text made a
     * body unable to find its own activities. All unknown ones in one error.
     */
    private void checkCertificationBodies(ActivityPlan plan, InvalidInputException.Collector errors) {
        List<String> unknown = plan.certificationBodies().stream().filter(id -> !certificationBodies.exists(id))
                .sorted().toList();
        errors.check(unknown.isEmpty(), "certificationBodies", "not the approval number of a known certification "
                + "body (GET /api/v1/certification-bodies): " + String.join(", ", unknown));
    }

    /**
     * The venue's division is known and current on the activity's first day (China time; today when the times are
     * missing): a code a newer list retired is refused for new plans, but an activity keeps the code it was
     * scheduled with.
     */
    private void checkDivision(ActivityPlan plan, String keptDivision, InvalidInputException.Collector errors) {
        String code = plan.divisionCode();
        if (code == null) {
            return;
        }
        if (!divisions.exists(code)) {
            errors.check(false, "venue.division", "'" + code + "' is not a known division code");
            return;
        }
        LocalDate day = plan.startsAt() == null ? LocalDate.now(clock.withZone(ChinaClock.ZONE))
                : plan.startsAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        errors.check(code.equals(keptDivision) || divisions.isCurrent(code, day), "venue.division",
                "'" + code + "' is not a current division code on " + day
                        + "; a newer division list retired it (GET /api/v1/divisions/" + code + " names its successors)");
    }

    /** For entry points that report rather than refuse: a known venue outside the caller's jurisdiction. */
    public void checkJurisdiction(ActivityPlan plan, InvalidInputException.Collector errors) {
        if (plan.divisionCode() != null && divisions.exists(plan.divisionCode())) {
            errors.check(jurisdiction.covers(plan.divisionCode()), "venue.division",
                    "'" + plan.divisionCode() + "' is outside your jurisdiction");
        }
    }

    /** The activity, if the caller may change it (403 otherwise); 404 if there is none. */
    public Activity changeable(UUID id) {
        Activity activity = get(id);
        jurisdiction.require(activity.divisionCode);
        return activity;
    }

    /** Schedules one activity as planned, by the caller: every rule checked (400), then the jurisdiction (403). */
    @Transactional
    public Saved schedule(ActivityPlan plan) {
        requireSchedulable(plan, null);
        Activity activity = persistPlanned(plan);
        return new Saved(activity, warnings(activity));
    }

    /**
     * Schedules all plans as planned activities in one transaction, or none. Each is checked as a single POST
     * would be; the import has reported every row's errors before it calls this. No warnings: an import does not
     * show them, and a thousand venue look-ups would only slow it.
     */
    @Transactional
    public List<Activity> scheduleAll(List<ActivityPlan> plans) {
        List<Activity> scheduled = new ArrayList<>(plans.size());
        for (ActivityPlan plan : plans) {
            requireSchedulable(plan, null);
            scheduled.add(persistPlanned(plan));
        }
        return scheduled;
    }

    /** @param keptDivision the code a changed activity was scheduled with: it stays allowed after it is retired */
    private void requireSchedulable(ActivityPlan plan, String keptDivision) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        check(plan, keptDivision, errors);
        errors.throwIfAny();
        jurisdiction.require(plan.divisionCode());
    }

    private Activity persistPlanned(ActivityPlan plan) {
        OffsetDateTime now = now();
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.status = ActivityStatus.PLANNED;
        activity.voluntaryParticipation = true;
        activity.noFee = true;
        activity.scheduledBy = jurisdiction.caller();
        activity.createdAt = now;
        activity.updatedAt = now;
        plan.applyTo(activity, divisions.provincialUnitOf(plan.divisionCode()));
        activities.persist(activity);
        return activity;
    }

    /** Changes a planned activity freely; a published one keeps a history and announces the change. */
    @Transactional
    public Saved change(UUID id, ActivityPlan plan, String reason, Long expectedVersion) {
        Activity activity = changeable(id);
        requireSchedulable(plan, activity.divisionCode);
        activity.requireChangeable();
        Versions.require("Activity", id, activity.version, expectedVersion);
        Map<String, Object> changed = json.convertValue(plan.changesFrom(activity),
                new TypeReference<Map<String, Object>>() {
                });
        plan.applyTo(activity, divisions.provincialUnitOf(plan.divisionCode()));
        activity.updatedAt = now();
        if (activity.status == ActivityStatus.PUBLISHED && !changed.isEmpty()) {
            changes.persist(ActivityChange.of(id, changed, jurisdiction.caller(), reason, now()));
            activities.flush();
            events.rescheduled(activity, reason, changed);
        }
        activities.flush(); // the version this change commits is the answer's ETag
        return new Saved(activity, warnings(activity));
    }

    @Transactional
    public Activity publish(UUID id) {
        Activity activity = changeable(id);
        activity.publish(now());
        activities.flush();
        events.scheduled(activity);
        return activity;
    }

    @Transactional
    public Activity cancel(UUID id, String reason) {
        Activity activity = changeable(id);
        boolean wasPublished = activity.status == ActivityStatus.PUBLISHED;
        activity.cancel(reason, now());
        if (wasPublished) { // a planned activity was never announced
            activities.flush();
            events.cancelled(activity);
        }
        return activity;
    }

    @Transactional
    public Activity complete(UUID id, int participants, int mediaItems, int photos, String note) {
        Activity activity = changeable(id);
        activity.complete(participants, mediaItems, photos, note, now());
        activities.flush();
        events.completed(activity);
        return activity;
    }

    public Activity get(UUID id) {
        return activities.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Activity", id));
    }

    public List<ActivityChange> history(UUID id) {
        return changes.history(id);
    }

    public List<Activity> list(ActivityRepository.Filter filter, OffsetDateTime afterStart, UUID afterId, int limit) {
        return activities.list(filter, afterStart, afterId, limit);
    }

    /** In start order, narrowed to an area's box and radius; null: anywhere. */
    public List<Activity> list(ActivityRepository.Filter filter, GeoArea area, OffsetDateTime afterStart, UUID afterId,
            int limit) {
        return activities.list(filter, area, afterStart, afterId, limit);
    }

    /** Located activities within the area's radius, nearest first (then start, id), each with its distance. */
    public List<ActivityRepository.Located> nearest(ActivityRepository.Filter filter, GeoArea area,
            ActivityRepository.NearCursor after, int limit) {
        if (!area.isNear()) {
            throw new IllegalArgumentException("nearest needs a centre");
        }
        return activities.nearest(filter, area, after, limit);
    }

    public List<ActivityRepository.CalendarCell> calendar(UUID campaign, LocalDate from, LocalDate to) {
        return activities.calendar(campaign, ChinaClock.startOf(from), ChinaClock.startOf(to.plusDays(1)));
    }

    /**
     * Not refusals: the same venue at overlapping times, and a second launch ceremony of one campaign. Each names
     * at most a handful of the activities concerned and then says how many there are in all, so that a busy venue
     * makes neither a slow query nor a huge answer.
     */
    private List<FieldError> warnings(Activity a) {
        List<FieldError> warnings = new ArrayList<>();
        if (a.venueAddress != null) {
            ActivityRepository.Conflicts venue = activities.atSameVenue(a.divisionCode, a.venueAddress, a.startsAt,
                    a.endsAt, a.id);
            for (ActivityRepository.Conflict other : venue.listed()) {
                warnings.add(new FieldError("venue", "the same venue is booked by " + other.titleZh() + " ("
                        + other.id() + ") from " + other.startsAt() + " to " + other.endsAt()));
            }
            total(warnings, "venue", venue, "bookings of the same venue overlap these times");
        }
        if (a.type == ActivityType.LAUNCH_CEREMONY) {
            for (UUID campaign : a.campaignIds) {
                ActivityRepository.Conflicts ceremonies = activities.launchCeremonies(campaign, a.id);
                for (ActivityRepository.Conflict other : ceremonies.listed()) {
                    warnings.add(new FieldError("type", "campaign " + campaign + " already has a launch ceremony: "
                            + other.titleZh() + " (" + other.id() + ")"));
                }
                total(warnings, "type", ceremonies, "launch ceremonies of campaign " + campaign + " exist");
            }
        }
        return warnings;
    }

    /** When more conflicts exist than are listed: how many in all. */
    private static void total(List<FieldError> warnings, String field, ActivityRepository.Conflicts conflicts,
            String what) {
        if (conflicts.total() > conflicts.listed().size()) {
            warnings.add(new FieldError(field, (conflicts.more() ? "more than " : "") + conflicts.total() + " other "
                    + what + "; the first " + conflicts.listed().size() + " are named"));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
