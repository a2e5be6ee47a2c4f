package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.PreconditionFailedProblem;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.domain.Report;
import cn.gov.samr.campaigns.report.domain.ReportVersion;
import cn.gov.samr.campaigns.report.domain.ReviewOutcome;
import cn.gov.samr.campaigns.report.messaging.ReportEventProducer;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.repository.ReportRepository;
import cn.gov.samr.campaigns.report.repository.ReportVersionRepository;
import cn.gov.samr.campaigns.report.service.ReportContent.FigureLine;
import cn.gov.samr.campaigns.report.service.ReportContent.Narrative;

/**
 * A province's summary report through its workflow: draft, submit (a kept version), return with comments or
 * accept. Callers check role and jurisdiction; this checks the state.
 */
@ApplicationScoped
public class ReportService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ObligationRepository obligations;
    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final MediaRegister media;
    private final AttachmentService attachments;
    private final ProjectedFigures projected;
    private final ReportEventProducer events;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportService(ObligationRepository obligations, ReportRepository reports, ReportVersionRepository versions,
            MediaRegister media, AttachmentService attachments, ProjectedFigures projected, ReportEventProducer events,
            ObjectMapper json, Clock clock) {
        this.obligations = obligations;
        this.reports = reports;
        this.versions = versions;
        this.media = media;
        this.attachments = attachments;
        this.projected = projected;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public Obligation obligation(UUID id) {
        return obligations.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Obligation", id));
    }

    public Report report(UUID obligationId) {
        return reports.findByIdOptional(obligationId).orElseThrow(() -> new NotFoundProblem("Report", obligationId));
    }

    /**
     * Replaces the narrative and sets the reported figures sent; the first time, the figures are pre-filled from
     * the projection (even if the draft was started by a media item). {@code ifMatch} null skips the check.
     */
    @Transactional
    public Report edit(UUID id, Long ifMatch, Narrative narrative, Map<String, Long> reported, String plan,
            String by) {
        Obligation o = obligation(id);
        Report report = report(id);
        requireShape(o, narrative, reported, plan);
        requireVersion(report, ifMatch);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (report.projectedAt == null && o.isUnitSummary()) { // the first change starts from the projection's
            report.project(projected.of(o.campaignId, o.divisionCode), now);
        }
        o.edit();
        fill(report, narrative, reported, plan);
        report.updatedAt = now;
        report.updatedBy = by;
        reports.flush(); // the new version is the response's ETag
        return report;
    }

    /** Takes the projection's figures again; what the province changed stays, the rest follows the projection. */
    @Transactional
    public Report refreshStatistics(UUID id, Long ifMatch, String by) {
        Obligation o = obligation(id);
        if (!o.isUnitSummary()) {
            throw new ConflictProblem("Statistics are projected for a provincial unit's summary only.");
        }
        Report report = report(id);
        requireVersion(report, ifMatch);
        o.edit();
        OffsetDateTime now = OffsetDateTime.now(clock);
        report.project(projected.of(o.campaignId, o.divisionCode), now);
        report.updatedAt = now;
        report.updatedBy = by;
        reports.flush();
        return report;
    }

    /** A submission: the version kept, and the content it snapshots (as a non-national caller reads it). */
    public record Submitted(ReportVersion version, ReportContent content) {
    }

    /** Submits (or resubmits) the report as it now is; the content is kept as the next numbered version. */
    @Transactional
    public Submitted submit(UUID id, Long ifMatch, String by) {
        Obligation o = obligation(id);
        Report report = report(id);
        requireVersion(report, ifMatch);
        OffsetDateTime now = OffsetDateTime.now(clock);
        o.submit(now); // the state first (409), then the content (400); either rolls the whole step back
        requireContent(o, report);
        int number = versions.latest(id).map(v -> v.number + 1).orElse(1);
        ReportContent content = content(o, report, false);
        Map<String, Object> snapshot = json.convertValue(content, JSON_OBJECT);
        ReportVersion version = ReportVersion.of(id, number, snapshot, by, now);
        versions.persist(version);
        try {
            // Now, not at commit: a simultaneous submit of the same report wrote the same version number (unique
            // report_version_once) or moved the obligation's version; the database decides who was first.
            versions.flush();
        } catch (PersistenceException e) {
            throw new ConflictProblem("This report was submitted by another request at the same moment; read it "
                    + "again to see the version that was kept.");
        }
        events.submitted(o, number);
        return new Submitted(version, content);
    }

    /**
     * An archived edition's report as it was actually received, recorded by the national office: its content, the
     * day received (timeliness is judged on it) and acceptance as received, kept as version 1. Nothing is announced:
     * an archive records history, it starts no workflow (no ReportSubmitted, ReportAccepted or reminders).
     */
    @Transactional
    public ReportVersion receive(UUID id, LocalDate receivedOn, Narrative narrative, Map<String, Long> reported,
            String plan, String by) {
        Obligation o = obligation(id);
        Report report = report(id);
        requireShape(o, narrative, reported, plan);
        OffsetDateTime now = OffsetDateTime.now(clock);
        InvalidInputException.collect()
                .check(!receivedOn.isAfter(now.atZoneSameInstant(ChinaClock.ZONE).toLocalDate()), "receivedOn",
                        "must not be in the future")
                .throwIfAny();
        OffsetDateTime received = ChinaClock.startOf(receivedOn);
        o.receive(receivedOn, received); // 409 unless archived and not yet recorded
        fill(report, narrative, reported, plan);
        requireContent(o, report);
        report.updatedAt = now;
        report.updatedBy = by;
        Map<String, Object> snapshot = json.convertValue(content(o, report, false), JSON_OBJECT);
        ReportVersion version = ReportVersion.of(id, 1, snapshot, by, received);
        version.review(ReviewOutcome.ACCEPTED, "received on " + receivedOn + "; recorded in the archive", by, now);
        versions.persist(version);
        reports.flush();
        return version;
    }

    /** Sends the version under review back with the reviewer's comments; the province edits and resubmits. */
    @Transactional
    public ReportVersion returnForCorrection(UUID id, String comments, String by) {
        Obligation o = obligation(id);
        o.returnForCorrection();
        ReportVersion version = underReview(id);
        version.review(ReviewOutcome.RETURNED, comments, by, OffsetDateTime.now(clock));
        events.returned(o, version.number, comments);
        return version;
    }

    @Transactional
    public ReportVersion accept(UUID id, String comments, String by) {
        Obligation o = obligation(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        o.accept(now);
        ReportVersion version = underReview(id);
        version.review(ReviewOutcome.ACCEPTED, comments, by, now);
        events.accepted(o, version.number);
        return version;
    }

    public List<ReportVersion> versions(UUID id) {
        return versions.of(id);
    }

    public ReportVersion version(UUID id, int number) {
        return versions.find(id, number).orElseThrow(() -> new NotFoundProblem("Report version", id + "/" + number));
    }

    /**
     * A page of the changes to the reports the caller may read, in commit order (platform ChangeFeed), read in one
     * snapshot: its own transaction, so the views are built here, with the objects of that snapshot.
     *
     * @param covers the caller's jurisdiction check of a provincial unit's code (the rule of a single report's read)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Changes<T> changes(boolean national, Predicate<String> covers, String body, UUID campaign,
            ChangeFeed.Position after, int limit, BiFunction<Obligation, Report, T> view) {
        ChangeFeed.oneSnapshot(reports.getEntityManager());
        ReportRepository.Readable readable = new ReportRepository.Readable(national,
                national ? Set.of() : reports.unitCodes().stream().filter(covers).collect(Collectors.toSet()), body);
        return ChangeFeed.page(reports.changes(readable, campaign, after, limit + 1), after, limit, reports::byIds,
                r -> r.obligationId, list -> {
                    Map<UUID, Obligation> owed = obligations.list("id in ?1", list.stream().map(r -> r.obligationId)
                            .toList()).stream().collect(Collectors.toMap(o -> o.id, o -> o));
                    return list.stream().map(r -> view.apply(owed.get(r.obligationId), r)).toList();
                });
    }

    /** The report as the draft view shows it and a submission keeps it. */
    public ReportContent content(Obligation o, Report report, boolean national) {
        List<FigureLine> figures = report.figures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new FigureLine(e.getKey(), e.getValue().projected, e.getValue().reported,
                        e.getValue().difference(), e.getValue().edited))
                .toList();
        return new ReportContent(new Narrative(report.done, report.innovations, report.problems, report.suggestions),
                figures, media.of(o, national), attachments.of(o.id).stream().map(AttachmentService::entry).toList(),
                o.kind == ObligationKind.ACTIVITY_PLAN ? report.plan : null);
    }

    /**
     * A summary has a narrative and statistics and no plan text; an activity plan has its text and no statistics
     * (its narrative, if sent, is kept as notes).
     */
    public static void requireShape(Obligation o, Narrative narrative, Map<String, Long> reported, String plan) {
        boolean isPlan = o.kind == ObligationKind.ACTIVITY_PLAN;
        InvalidInputException.collect()
                .check(isPlan || narrative != null, "narrative", "must not be null")
                .check(!isPlan || reported.isEmpty(), "statistics", "an activity plan carries no statistics")
                .check(isPlan || plan == null, "plan", "only an activity plan has a plan text")
                .throwIfAny();
    }

    private static void fill(Report report, Narrative narrative, Map<String, Long> reported, String plan) {
        if (narrative != null) {
            report.done = narrative.done();
            report.innovations = narrative.innovations();
            report.problems = narrative.problems();
            report.suggestions = narrative.suggestions();
        }
        report.plan = plan;
        report.report(reported);
    }

    /** What a submission (or a receipt) needs: a summary says what was done, a plan has its text. */
    private static void requireContent(Obligation o, Report report) {
        if (o.kind == ObligationKind.ACTIVITY_PLAN) {
            InvalidInputException.collect()
                    .check(report.plan != null && !report.plan.isBlank(), "plan", "write the plan before submitting")
                    .throwIfAny();
            return;
        }
        InvalidInputException.collect()
                .check(report.done != null && !report.done.isBlank(), "narrative.done",
                        "say what was done before submitting")
                .throwIfAny();
    }

    private ReportVersion underReview(UUID id) {
        return versions.latest(id).orElseThrow(() -> new IllegalStateException("a report under review has a version"));
    }

    private static void requireVersion(Report report, Long ifMatch) {
        if (ifMatch != null && ifMatch != report.version) {
            throw new PreconditionFailedProblem("The report changed since you read it (version " + report.version
                    + "); read it again.");
        }
    }
}
