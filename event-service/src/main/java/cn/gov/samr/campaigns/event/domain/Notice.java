package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/**
 * A notice (通知) of the national office announcing campaigns, e.g. 市场监管总局办公厅关于开展全国“有机产品认证宣传周”…
 * 活动的通知, with its document number (文号) and signed file. Published, it is public and no longer changes: a
 * correction is another notice.
 */
@Entity
public class Notice {

    @Id
    public UUID id;

    /** 文号, e.g. 市监认证函〔2024〕405号; unique. */
    public String documentNumber;

    /** 发文机关, e.g. 市场监管总局办公厅. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "issuer_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "issuer_en")) })
    public LocalizedText issuer;

    /** 成文日期. */
    public LocalDate issuedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")) })
    public LocalizedText title;

    /** The text (正文), in Chinese. */
    @Column(name = "body")
    public String text;

    public boolean allProvincialUnits;

    @ElementCollection
    @CollectionTable(name = "notice_provincial_unit", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> provincialUnits = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "notice_body_scheme", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "scheme")
    @OrderBy
    public Set<String> certificationBodySchemes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "notice_campaign", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "campaign_id")
    @OrderColumn(name = "position")
    public List<UUID> campaigns = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    /** The signed file in the blob store; null until uploaded. */
    public String fileKey;
    public String fileName;
    public String fileMediaType;
    public Long fileSizeBytes;
    public String fileSha256;
    public OffsetDateTime fileUploadedAt;

    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime publishedAt;

    @Version
    public long version;

    public static Notice draft(UUID id, NoticeTerms terms, String createdBy, OffsetDateTime now) {
        Notice notice = new Notice();
        notice.id = id;
        notice.status = NoticeStatus.DRAFT;
        notice.createdBy = createdBy;
        notice.createdAt = now;
        notice.apply(terms, now);
        return notice;
    }

    public void apply(NoticeTerms terms, OffsetDateTime now) {
        requireDraft("changed");
        documentNumber = terms.documentNumber();
        issuer = terms.issuer();
        issuedOn = terms.issuedOn();
        title = terms.title();
        text = terms.text();
        allProvincialUnits = terms.addressees().allProvincialUnits();
        provincialUnits = new TreeSet<>(terms.addressees().provincialUnits());
        certificationBodySchemes = new TreeSet<>(terms.addressees().certificationBodySchemes());
        campaigns = new ArrayList<>(terms.campaigns());
        updatedAt = now;
    }

    /** Draft to published; publishing a published notice is a no-op (returns false). */
    public boolean publish(OffsetDateTime now) {
        if (status == NoticeStatus.PUBLISHED) {
            return false;
        }
        status = NoticeStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Whether a signed file may be stored now: any time on a draft; on a published notice only the first one (the
     * signed scan often arrives after the text is out), never a replacement of what the public has downloaded.
     */
    public void requireFileWritable() {
        if (status == NoticeStatus.PUBLISHED && fileKey != null) {
            throw new ConflictProblem("Notice " + id + " is published with its signed file; it no longer changes.");
        }
    }

    /** @return the key of the file it replaces, null when none */
    public String attachFile(String key, String name, String mediaType, long sizeBytes, String sha256,
            OffsetDateTime now) {
        requireFileWritable();
        String previous = fileKey;
        fileKey = key;
        fileName = name;
        fileMediaType = mediaType;
        fileSizeBytes = sizeBytes;
        fileSha256 = sha256;
        fileUploadedAt = now;
        updatedAt = now;
        return previous;
    }

    public boolean published() {
        return status == NoticeStatus.PUBLISHED;
    }

    public NoticeTerms.Addressees addressees() {
        return new NoticeTerms.Addressees(allProvincialUnits, List.copyOf(provincialUnits),
                List.copyOf(certificationBodySchemes));
    }

    private void requireDraft(String what) {
        if (status == NoticeStatus.PUBLISHED) {
            throw new ConflictProblem("Notice " + id + " is published and can no longer be " + what
                    + "; a correction is a notice of its own.");
        }
    }
}
