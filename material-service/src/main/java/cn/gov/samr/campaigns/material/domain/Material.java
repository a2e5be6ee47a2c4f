package cn.gov.samr.campaigns.material.domain;

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

/** One promotional material of a campaign (宣传资料): a poster, a brochure, an annual report, a video… */
@Entity
public class Material {

    @Id
    public UUID id;

    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    public MaterialKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")) })
    public LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")) })
    public LocalizedText description;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Enumerated(EnumType.STRING)
    public Access access;

    @Enumerated(EnumType.STRING)
    public MaterialStatus status;

    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime publishedAt;
    public OffsetDateTime withdrawnAt;

    /** The file version downloaders get; null until a version is published. */
    public Integer currentVersion;

    @Version
    public long version;

    /** The terms the national office writes; the campaign is fixed at creation. */
    public record Terms(MaterialKind kind, LocalizedText title, LocalizedText description, Delivery delivery,
            Access access) {
    }

    public static Material draft(UUID id, UUID campaignId, Terms terms, String createdBy, OffsetDateTime now) {
        Material m = new Material();
        m.id = id;
        m.campaignId = campaignId;
        m.status = MaterialStatus.DRAFT;
        m.createdBy = createdBy;
        m.createdAt = now;
        m.apply(terms, now);
        return m;
    }

    public void apply(Terms terms, OffsetDateTime now) {
        requireNotWithdrawn();
        kind = terms.kind();
        title = terms.title();
        description = terms.description();
        delivery = terms.delivery();
        access = terms.access();
        updatedAt = now;
    }

    /**
     * Publishes a draft; a material to download needs its file first.
     *
     * @return whether it changed (publishing twice is harmless and announces nothing new)
     */
    public boolean publish(OffsetDateTime now) {
        requireNotWithdrawn();
        if (status == MaterialStatus.PUBLISHED) {
            return false;
        }
        if (delivery.downloadable() && currentVersion == null) {
            throw new ConflictProblem("Material " + id + " is delivered by download: publish a file version first.");
        }
        status = MaterialStatus.PUBLISHED;
        publishedAt = now;
        return true;
    }

    /** @return whether it changed */
    public boolean withdraw(OffsetDateTime now) {
        if (status == MaterialStatus.WITHDRAWN) {
            return false;
        }
        status = MaterialStatus.WITHDRAWN;
        withdrawnAt = now;
        return true;
    }

    public void requireNotWithdrawn() {
        if (status == MaterialStatus.WITHDRAWN) {
            throw new ConflictProblem("Material " + id + " was withdrawn and no longer changes.");
        }
    }
}
