package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/** One edition of a campaign (宣传周), e.g. the 2022 Organic Product Certification Week. */
@Entity
public class Campaign {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public CampaignKind kind;

    public int year;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    public LocalizedText name;

    /** The themes (主题), e.g. 有机产品认证:护航消费升级 优享品质生活; World Accreditation Day has two. */
    @ElementCollection
    @CollectionTable(name = "campaign_theme", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<CampaignTheme> themes = new ArrayList<>();

    public LocalDate windowStart;
    public LocalDate windowEnd;
    public LocalDate reportingDeadline;

    /** 重点主题, in the order the national office gives them. */
    @ElementCollection
    @CollectionTable(name = "campaign_focus_theme", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<LocalizedText> focusThemes = new ArrayList<>();

    /** The campaign this one runs under, e.g. the year's Quality Month (质量月). */
    public UUID parentId;

    /** The umbrella series this edition belongs to (a campaign of kind series), e.g. 全国质量认证系列宣传体验周. */
    public UUID seriesId;

    /** Who owes which reports; see {@link ReportingRules}. */
    @Enumerated(EnumType.STRING)
    public ReportingMode reportingMode = ReportingMode.LIVE;

    /** True: every provincial unit owes the reports; false: only {@link #reportingUnits}. */
    public boolean reportingAllUnits = true;

    @ElementCollection
    @CollectionTable(name = "campaign_reporting_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> reportingUnits = new TreeSet<>();

    /** Certification bodies the notice asks to report, by approval number. */
    @ElementCollection
    @CollectionTable(name = "campaign_reporting_body", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "body_id")
    @OrderBy
    public Set<String> reportingBodies = new TreeSet<>();

    /** The activity plan (活动方案) is due on this day; null when none is asked for. */
    public LocalDate activityPlanDue;

    /** A summary is due on {@link #reportingDeadline}. */
    public boolean summaryOwed = true;

    /** The edition this draft was rolled over from. */
    public UUID rolledOverFrom;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("weekStart")
    public List<HostSlot> hostSlots = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime publishedAt;
    public OffsetDateTime closedAt;

    @Version
    public long version;

    public static Campaign draft(UUID id, CampaignTerms terms, String createdBy, OffsetDateTime now) {
        Campaign campaign = new Campaign();
        campaign.id = id;
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = createdBy;
        campaign.createdAt = now;
        campaign.apply(terms, now);
        return campaign;
    }

    public CampaignTerms terms() {
        return new CampaignTerms(kind, name, themes,
                new CampaignSchedule(windowStart, windowEnd, reportingDeadline), focusThemes, parentId, seriesId,
                reporting());
    }

    public ReportingRules reporting() {
        return new ReportingRules(reportingMode, reportingAllUnits ? null : List.copyOf(reportingUnits),
                List.copyOf(reportingBodies), activityPlanDue, summaryOwed);
    }

    public void apply(CampaignTerms terms, OffsetDateTime now) {
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictProblem("Campaign " + id + " is closed and can no longer change.");
        }
        kind = terms.kind();
        name = terms.name();
        themes = new ArrayList<>(terms.themes());
        year = terms.schedule().windowStart().getYear();
        windowStart = terms.schedule().windowStart();
        windowEnd = terms.schedule().windowEnd();
        reportingDeadline = terms.schedule().reportingDeadline();
        focusThemes = new ArrayList<>(terms.focusThemes());
        parentId = terms.parentId();
        seriesId = terms.seriesId();
        ReportingRules reporting = terms.reporting();
        reportingMode = reporting.mode();
        reportingAllUnits = reporting.provincialUnits() == null;
        reportingUnits = new TreeSet<>(reportingAllUnits ? List.of() : reporting.provincialUnits());
        reportingBodies = new TreeSet<>(reporting.certificationBodies());
        activityPlanDue = reporting.activityPlanDue();
        summaryOwed = reporting.summary();
        updatedAt = now;
    }

    /**
     * Draft to published. Publishing a published campaign is a no-op (returns false) so that a client's retry
     * does not announce the campaign twice.
     */
    public boolean publish(OffsetDateTime now) {
        if (status == CampaignStatus.PUBLISHED) {
            return false;
        }
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictProblem("Campaign " + id + " is closed and cannot be published again.");
        }
        // A rolled-over draft leaves its deadline to be decided again; it cannot go out without one.
        if (summaryOwed && reportingDeadline == null) {
            throw new ConflictProblem("Campaign " + id + " cannot be published yet: reportingDeadline is missing, and "
                    + "a summary is owed (reporting.summary). Set the deadline first.");
        }
        status = CampaignStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        return true;
    }

    /** Published to closed; closing a closed campaign is a no-op (returns false), a draft cannot close. */
    public boolean close(OffsetDateTime now) {
        if (status == CampaignStatus.CLOSED) {
            return false;
        }
        if (status != CampaignStatus.PUBLISHED) {
            throw new ConflictProblem("Campaign " + id + " is a draft: publish it, or leave it unpublished.");
        }
        status = CampaignStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Next year's edition as a draft. It copies what recurs: the kind, the names with the year moved on, the focus
     * themes, the reporting rules (live again; the activity plan's due day moved with the window), the window on the
     * same weekdays. It leaves empty what must be decided again rather than stale: the themes, the launch ceremonies
     * (records of their own, planned anew), the host slots (not copied) and the reporting deadline (publishing refuses until it is set).
     *
     * @param parent next year's parent (the old parent's roll-over), or null when there is none yet
     * @param series the series the new edition belongs to
     */
    public Campaign rollOver(UUID newId, UUID parent, UUID series, String createdBy, OffsetDateTime now) {
        CampaignSchedule moved = terms().schedule().nextYear();
        long days = ChronoUnit.DAYS.between(windowStart, moved.windowStart());
        CampaignSchedule next = new CampaignSchedule(moved.windowStart(), moved.windowEnd(), null);
        ReportingRules rules = reporting();
        LocalDate planDue = rules.activityPlanDue() == null ? null : rules.activityPlanDue().plusDays(days);
        ReportingRules nextRules = new ReportingRules(ReportingMode.LIVE, rules.provincialUnits(),
                rules.certificationBodies(), planDue, rules.summary());
        Campaign draft = draft(newId, new CampaignTerms(kind, withYear(name, next.windowStart().getYear()), List.of(),
                next, focusThemes, parent, series, nextRules), createdBy, now);
        draft.rolledOverFrom = id;
        return draft;
    }

    public void replaceHostSlots(List<HostSlot> slots, OffsetDateTime now) {
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictProblem("Campaign " + id + " is closed and can no longer change.");
        }
        if (kind != CampaignKind.SERVICE_EXPERIENCE_WEEK) {
            throw new ConflictProblem("Host slots belong to the service-certification experience week, not to a "
                    + kind.name().toLowerCase().replace('_', '-') + ".");
        }
        hostSlots.clear();
        slots.stream().sorted(Comparator.comparing((HostSlot s) -> s.weekStart)).forEach(hostSlots::add);
        updatedAt = now;
    }

    private LocalizedText withYear(LocalizedText text, int nextYear) {
        if (text == null) {
            return null;
        }
        String from = Integer.toString(year);
        String to = Integer.toString(nextYear);
        return new LocalizedText(text.zh().replace(from, to), text.en() == null ? null : text.en().replace(from, to));
    }
}
