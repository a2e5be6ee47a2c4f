package cn.gov.samr.campaigns.report.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo or video attached to a report (音视频资料), with the consent and licence it was taken under. */
@Entity
@Table(name = "report_attachment")
public class Attachment {

    public static final String PHOTO = "photo";
    public static final String VIDEO = "video";

    @Id
    public UUID id;

    public UUID obligationId;

    /** {@link #PHOTO} or {@link #VIDEO}, from the type sniffed from the bytes. */
    public String kind;

    public String fileName;
    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public String blobKey;
    public String caption;

    /** How the consent of the people shown was obtained (肖像授权). */
    public String consentNote;

    /** Who holds the rights and how the national office may use it (版权/使用许可). */
    public String licenceNote;

    public OffsetDateTime uploadedAt;
    public String uploadedBy;
}
