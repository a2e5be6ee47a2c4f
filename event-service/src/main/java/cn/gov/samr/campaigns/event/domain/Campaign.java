package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime publishedAt;

    @Version
    public long version;

    public static Campaign draft(UUID id, String createdBy, OffsetDateTime now) {
        Campaign campaign = new Campaign();
        campaign.id = id;
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = createdBy;
        campaign.createdAt = now;
        campaign.updatedAt = now;
        return campaign;
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
            throw new ConflictProblem("Campaign " + id + " is " + status.name().toLowerCase() + " and cannot be published.");
        }
        status = CampaignStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        return true;
    }
}
