package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** The slogan, e.g. 有机产品认证:护航消费升级 优享品质生活. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "theme_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "theme_en")) })
    public LocalizedText theme;

    public LocalDate windowStart;
    public LocalDate windowEnd;
    public LocalDate reportingDeadline;

    /** Division code of the launch ceremony's city (启动仪式), e.g. 320100 南京市. */
    public String launchCity;
    public LocalDate launchDate;

    /** Who hosts the launch ceremony, e.g. 市场监管总局 with 江苏省市场监管局. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "launch_host_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "launch_host_en")) })
    public LocalizedText launchHost;

    /** 重点主题, in the order the national office gives them. */
    @ElementCollection
    @CollectionTable(name = "campaign_focus_theme", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<LocalizedText> focusThemes = new ArrayList<>();

    /** The campaign this one runs under, e.g. the year's Quality Month (质量月). */
    public UUID parentId;

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
        return new CampaignTerms(kind, name, theme,
                new CampaignSchedule(windowStart, windowEnd, reportingDeadline, launchDate), launchCity, launchHost,
                focusThemes, parentId);
    }

    public void apply(CampaignTerms terms, OffsetDateTime now) {
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictProblem("Campaign " + id + " is closed and can no longer change.");
        }
        kind = terms.kind();
        name = terms.name();
        theme = terms.theme();
        year = terms.schedule().windowStart().getYear();
        windowStart = terms.schedule().windowStart();
        windowEnd = terms.schedule().windowEnd();
        reportingDeadline = terms.schedule().reportingDeadline();
        launchDate = terms.schedule().launchDate();
        launchCity = terms.launchCity();
        launchHost = terms.launchHost();
        focusThemes = new ArrayList<>(terms.focusThemes());
        parentId = terms.parentId();
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

    /** Next year's edition as a draft: same terms, dates on the same weekdays, year in the names moved on. */
    public Campaign rollOver(UUID newId, String createdBy, OffsetDateTime now) {
        CampaignSchedule next = terms().schedule().nextYear();
        int nextYear = next.windowStart().getYear();
        Campaign draft = draft(newId, new CampaignTerms(kind, withYear(name, nextYear), withYear(theme, nextYear),
                next, launchCity, launchHost, focusThemes, null), createdBy, now);
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
