package cn.gov.samr.campaigns.report.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;
import cn.gov.samr.campaigns.platform.storage.BlobStore;
import cn.gov.samr.campaigns.platform.storage.BlobUploads;
import cn.gov.samr.campaigns.platform.storage.ContentType;
import cn.gov.samr.campaigns.report.config.ReportingConfig;
import cn.gov.samr.campaigns.report.domain.Attachment;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.repository.AttachmentRepository;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.service.ReportContent.AttachmentEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Photos and videos of a report: streamed into the platform BlobStore (size limit, type sniffed from the bytes,
 * SHA-256), then recorded. The bytes are stored outside the database transaction, so a failed record removes them.
 */
@ApplicationScoped
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);
    private static final Set<ContentType> PHOTOS = EnumSet.of(ContentType.JPEG, ContentType.PNG, ContentType.WEBP);
    private static final Set<ContentType> VIDEOS = EnumSet.of(ContentType.MP4, ContentType.QUICKTIME);

    /** What the uploader says about the file. */
    public record Description(String fileName, String caption, String consent, String licence) {
    }

    private final AttachmentRepository attachments;
    private final ObligationRepository obligations;
    private final BlobUploads uploads;
    private final BlobStore store;
    private final BlobUploads.Policy policy;
    private final Clock clock;

    public AttachmentService(AttachmentRepository attachments, ObligationRepository obligations, BlobUploads uploads,
            BlobStore store, ReportingConfig config, Clock clock) {
        this.attachments = attachments;
        this.obligations = obligations;
        this.uploads = uploads;
        this.store = store;
        this.clock = clock;
        Set<ContentType> accepted = EnumSet.copyOf(PHOTOS);
        accepted.addAll(VIDEOS);
        this.policy = new BlobUploads.Policy(config.attachments().maxBytes(), accepted);
    }

    /** Streams the body in, then records it if the report can still be changed (checked before and after). */
    public Attachment upload(UUID obligationId, InputStream body, Description about, String by) {
        editable(obligationId);
        UUID id = UUID.randomUUID();
        BlobUploads.Stored stored = uploads.store("reports/" + obligationId + "/" + id, body, policy);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                obligation(obligationId).edit(); // a first attachment starts the draft
                Attachment a = new Attachment();
                a.id = id;
                a.obligationId = obligationId;
                a.kind = PHOTOS.contains(stored.type()) ? Attachment.PHOTO : Attachment.VIDEO;
                a.fileName = about.fileName();
                a.mediaType = stored.mediaType();
                a.sizeBytes = stored.sizeBytes();
                a.sha256 = stored.sha256();
                a.blobKey = stored.key();
                a.caption = about.caption();
                a.consentNote = about.consent();
                a.licenceNote = about.licence();
                a.uploadedAt = OffsetDateTime.now(clock);
                a.uploadedBy = by;
                attachments.persist(a);
                return a;
            });
        } catch (RuntimeException e) {
            deleteQuietly(stored.key());
            throw e;
        }
    }

    public void remove(UUID obligationId, UUID attachmentId) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            obligation(obligationId).edit();
            Attachment a = attachment(obligationId, attachmentId);
            attachments.delete(a);
            return a.blobKey;
        });
        deleteQuietly(key);
    }

    public List<Attachment> of(UUID obligationId) {
        return attachments.of(obligationId);
    }

    public Attachment attachment(UUID obligationId, UUID attachmentId) {
        return attachments.findByIdOptional(attachmentId).filter(a -> a.obligationId.equals(obligationId))
                .orElseThrow(() -> new NotFoundProblem("Attachment", attachmentId));
    }

    public static BlobDownloads.Blob blob(Attachment a) {
        return new BlobDownloads.Blob(a.blobKey, a.sizeBytes, a.sha256, a.mediaType, a.fileName,
                a.uploadedAt.toInstant());
    }

    public static AttachmentEntry entry(Attachment a) {
        return new AttachmentEntry(a.id, a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.caption,
                a.consentNote, a.licenceNote, a.uploadedAt, a.uploadedBy,
                "/api/v1/reports/" + a.obligationId + "/attachments/" + a.id + "/content");
    }

    /** Refuses (409) before any byte is read when the report can no longer change. */
    private void editable(UUID obligationId) {
        Obligation o = obligation(obligationId);
        if (!o.status.editable()) {
            throw new ConflictProblem("The report is " + o.status.wire() + " and cannot be changed.");
        }
    }

    private Obligation obligation(UUID id) {
        return obligations.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Obligation", id));
    }

    /** A file left behind is only wasted space; the failure that got us here is what the caller must see. */
    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            LOG.warn("could not remove " + key, e);
        }
    }
}
