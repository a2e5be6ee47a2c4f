package cn.gov.samr.campaigns.event.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityChange;
import cn.gov.samr.campaigns.event.domain.ActivityFormat;
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
import cn.gov.samr.campaigns.event.repository.ListedActivity;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.storage.BlobStore;
import cn.gov.samr.campaigns.platform.storage.BlobUploads;
import cn.gov.samr.campaigns.platform.storage.ContentType;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class);
    /** A photo or a poster: what every browser and app shows without a plug-in. */
    public static final Set<ContentType> IMAGE_TYPES = Set.of(ContentType.JPEG, ContentType.PNG, ContentType.WEBP);

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
    private final BlobUploads uploads;
    private final BlobStore store;
    private final EventServiceConfig config;

    public ActivityService(ActivityRepository activities, ActivityChangeRepository changes,
            CampaignRepository campaigns, DivisionTree divisions, ActivityEventProducer events, ObjectMapper json,
            Clock clock, Jurisdiction jurisdiction, CertificationBodyDirectory certificationBodies,
            BlobUploads uploads, BlobStore store, EventServiceConfig config) {
        this.activities = activities;
        this.changes = changes;
        this.campaigns = campaigns;
        this.divisions = divisions;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
        this.certificationBodies = certificationBodies;
        this.uploads = uploads;
        this.store = store;
        this.config = config;
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
        checkOnlineUrl(plan, errors);
        if (plan.startsAt() == null || plan.endsAt() == null || !plan.endsAt().isAfter(plan.startsAt())) {
            return;
        }
        LocalDate firstDay = plan.startsAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        LocalDate lastDay = plan.endsAt().atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        for (UUID id : plan.campaignIds()) {
            Campaign campaign = campaigns.readOnly(id);
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

    /**
     * The online link is an absolute https URL with a host (the public calendar hands it to anyone's browser, so
     * neither plain http nor a script or data URL), and only on an online or hybrid activity: an offline one with a
     * live stream is hybrid.
     */
    private static void checkOnlineUrl(ActivityPlan plan, InvalidInputException.Collector errors) {
        String url = plan.onlineUrl();
        if (url == null) {
            return;
        }
        errors.check(plan.format() == null || plan.format() != ActivityFormat.OFFLINE, "onlineUrl",
                "is for online and hybrid activities; an offline one with a live stream is hybrid");
        errors.check(isHttpsUrl(url), "onlineUrl", "must be an absolute https URL with a host, e.g. "
                + "https://live.example.cn/room/1, without spaces or user information");
    }

    static boolean isHttpsUrl(String url) {
        if (url.isBlank() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** For entry points that report rather than refuse: a known venue outside the caller's jurisdiction. */
    public void checkJurisdiction(ActivityPlan plan, InvalidInputException.Collector errors) {
        if (plan.divisionCode() != null && divisions.exists(plan.divisionCode())) {
            errors.check(jurisdiction.covers(plan.divisionCode()), "venue.division",
                    "'" + plan.divisionCode() + "' is outside your jurisdiction");
        }
    }

    /**
     * May the caller read the activity's contact (name, phone)? Only officials with the activity in their
     * jurisdiction: the national office and the provincial and local officers above its division. Certification
     * bodies, partners, the monitor and other provinces' officers read the rest of it without, as the anonymous feed.
     */
    public boolean showsContact(Activity activity) {
        return jurisdiction.covers(activity.divisionCode);
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
        Activity activity = planned(plan);
        // Asked before the insert: the warnings read other activities only, so nothing of this write has to be
        // flushed ahead of their queries (a native query flushes the whole session first).
        List<FieldError> warnings = warnings(activity);
        activities.persist(activity);
        activities.flush(); // a refused insert is this request's error, not the commit's
        return new Saved(activity, warnings);
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
            Activity activity = planned(plan);
            activities.persist(activity);
            scheduled.add(activity);
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

    /** A new planned activity of the caller's, not yet persisted. */
    private Activity planned(ActivityPlan plan) {
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

    /**
     * Streams the activity's photo or poster into the store, then records it, as a notice's signed file: no
     * transaction is open while the image arrives; one that cannot be recorded is removed, and the image it replaces
     * is removed once the new one is recorded. The caller must be in the activity's jurisdiction (403).
     */
    public Activity attachImage(UUID id, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> changeable(id).requireImageWritable());
        String key = "activities/" + id + "/" + UUID.randomUUID();
        BlobUploads.Stored stored = uploads.store(key, body,
                new BlobUploads.Policy(config.activities().maxImageSize().asLongValue(), IMAGE_TYPES));
        String[] replaced = new String[1];
        Activity activity;
        try {
            activity = QuarkusTransaction.requiringNew().call(() -> {
                Activity locked = activities.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> new NotFoundProblem("Activity", id));
                replaced[0] = locked.attachImage(key, stored.mediaType(), stored.sizeBytes(), stored.sha256(), now());
                activities.flush();
                return locked;
            });
        } catch (RuntimeException e) {
            delete(key);
            throw e;
        }
        if (replaced[0] != null) {
            delete(replaced[0]);
        }
        return activity;
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "could not remove the image %s; it is not referenced", key);
        }
    }

    /**
     * The activity if the caller may read it, else 404 (as if there were none): public announced ones to everyone;
     * the others within the caller's jurisdiction, or naming the caller's certification body.
     */
    public Activity readable(Activity a) {
        boolean namesCallersBody = jurisdiction.organisation().filter(a.certificationBodies::contains).isPresent();
        if (!a.isPublic() && !namesCallersBody && !jurisdiction.covers(a.divisionCode)) {
            throw new NotFoundProblem("Activity", a.id);
        }
        return a;
    }

    /** A public announced activity, to anyone; 404 for every other (its existence is not public either). */
    public Activity publicOne(UUID id) {
        return activities.findByIdOptional(id).filter(Activity::isPublic)
                .orElseThrow(() -> new NotFoundProblem("Activity", id));
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

    /**
     * A page of the changes to the activities the filter selects, in commit order (platform ChangeFeed), read in one
     * snapshot: its own transaction, so the views are built here, with the objects of that snapshot.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Changes<T> changes(ActivityRepository.Filter filter, ChangeFeed.Position after, int limit,
            Function<Activity, T> view) {
        ChangeFeed.oneSnapshot(activities.getEntityManager());
        return ChangeFeed.page(activities.changes(filter, after, limit + 1), after, limit, activities::byIds,
                a -> a.id, list -> list.stream().map(view).toList());
    }

    /** In start order, narrowed to an area's box and radius; null: anywhere. */
    public List<Activity> list(ActivityRepository.Filter filter, GeoArea area, OffsetDateTime afterStart, UUID afterId,
            int limit) {
        return activities.list(filter, area, afterStart, afterId, limit);
    }

    /** As {@link #list(ActivityRepository.Filter, GeoArea, OffsetDateTime, UUID, int)}, as rows for a view: one statement. */
    public List<ListedActivity> listed(ActivityRepository.Filter filter, GeoArea area, OffsetDateTime afterStart,
            UUID afterId, int limit) {
        return activities.listed(filter, area, afterStart, afterId, limit);
    }

    /** Located activities within the area's radius, nearest first (then start, id), each with its distance. */
    public List<ActivityRepository.Located> nearest(ActivityRepository.Filter filter, GeoArea area,
            ActivityRepository.NearCursor after, int limit) {
        if (!area.isNear()) {
            throw new IllegalArgumentException("nearest needs a centre");
        }
        return activities.nearest(filter, area, after, limit);
    }

    /** As {@link #nearest}, as rows for a view. */
    public List<ActivityRepository.NearListed> nearestListed(ActivityRepository.Filter filter, GeoArea area,
            ActivityRepository.NearCursor after, int limit) {
        if (!area.isNear()) {
            throw new IllegalArgumentException("nearest needs a centre");
        }
        return activities.nearestListed(filter, area, after, limit);
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
        if (a.onlineUrl == null && a.format != null && a.format != ActivityFormat.OFFLINE) {
            warnings.add(new FieldError("onlineUrl", "an " + a.format.name().toLowerCase() + " activity has no "
                    + "online link yet: the public calendar cannot tell people where to join"));
        }
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
