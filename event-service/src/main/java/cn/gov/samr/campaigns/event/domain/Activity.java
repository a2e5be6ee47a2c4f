package cn.gov.samr.campaigns.event.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/** An activity a bureau runs under one or more campaigns (宣传活动): a lecture, a training, an experience event... */
@Entity
public class Activity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")) })
    public LocalizedText title;

    public String descriptionZh;
    public String descriptionEn;

    /** The campaigns it belongs to; a merged activity belongs to several (合并开展) and counts for each. */
    @ElementCollection
    @CollectionTable(name = "activity_campaign", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "campaign_id")
    public Set<UUID> campaignIds = new LinkedHashSet<>();

    /** Where: the city or county (or province) of the venue, and the provincial unit it reports through. */
    public String divisionCode;
    public String provincialUnit;
    public String venueAddress;
    public BigDecimal latitude;
    public BigDecimal longitude;

    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    public ActivityFormat format;

    /** Where to join an online or hybrid activity (the meeting or live-stream page); https only. */
    public String onlineUrl;

    @ElementCollection
    @CollectionTable(name = "activity_setting", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "setting")
    @Enumerated(EnumType.STRING)
    public Set<ActivitySetting> settings = new LinkedHashSet<>();

    public Integer expectedParticipants;

    @ElementCollection
    @CollectionTable(name = "activity_invited_media", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "outlet")
    public List<String> invitedMedia = new ArrayList<>();

    /** Certification bodies giving technical support (认证机构技术保障), by their org id. */
    @ElementCollection
    @CollectionTable(name = "activity_certification_body", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "org")
    public Set<String> certificationBodies = new LinkedHashSet<>();

    public String contactName;
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    /** 坚持企业、群众自愿参加 and 严禁摊派收费: both must be declared for an activity to exist. */
    public boolean voluntaryParticipation;
    public boolean noFee;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    public Integer actualParticipants;
    public Integer mediaItems;
    public Integer photoCount;
    public String outcomeNote;
    public String cancelReason;

    /** Its photo or poster in the blob store (JPEG, PNG or WebP); null until uploaded. */
    public String imageKey;
    public String imageMediaType;
    public Long imageSizeBytes;
    public String imageSha256;
    public OffsetDateTime imageUploadedAt;

    /** When it was announced; null while planned, and for an activity cancelled before that. */
    public OffsetDateTime publishedAt;

    public String scheduledBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public void publish(OffsetDateTime now) {
        require(status == ActivityStatus.PLANNED, "published");
        status = ActivityStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void cancel(String reason, OffsetDateTime now) {
        require(status == ActivityStatus.PLANNED || status == ActivityStatus.PUBLISHED, "cancelled");
        status = ActivityStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
    }

    /** Only a published activity that has started can complete: its outcome is what happened. */
    public void complete(int participants, int media, int photos, String note, OffsetDateTime now) {
        require(status == ActivityStatus.PUBLISHED, "completed");
        if (now.isBefore(startsAt)) {
            throw new ConflictProblem("Activity " + id + " starts at " + startsAt + "; it cannot complete before.");
        }
        status = ActivityStatus.COMPLETED;
        actualParticipants = participants;
        mediaItems = media;
        photoCount = photos;
        outcomeNote = note;
        updatedAt = now;
    }

    /**
     * Stores the image's record; any time but after a cancellation: the photo of a completed activity often comes
     * after it is over.
     *
     * @return the key of the image it replaces, null when none
     */
    public String attachImage(String key, String mediaType, long sizeBytes, String sha256, OffsetDateTime now) {
        requireImageWritable();
        String previous = imageKey;
        imageKey = key;
        imageMediaType = mediaType;
        imageSizeBytes = sizeBytes;
        imageSha256 = sha256;
        imageUploadedAt = now;
        updatedAt = now;
        return previous;
    }

    public void requireImageWritable() {
        require(status != ActivityStatus.CANCELLED, "given an image");
    }

    /** Anonymous readers see an announced public activity, cancelled ones included (the calendar marks them). */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC && publishedAt != null;
    }

    public void requireChangeable() {
        require(status == ActivityStatus.PLANNED || status == ActivityStatus.PUBLISHED, "changed");
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new ConflictProblem("Activity " + id + " is " + status.name().toLowerCase() + " and cannot be "
                    + what + ".");
        }
    }
}
