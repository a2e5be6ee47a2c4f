package cn.gov.samr.campaigns.event.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CertificationScheme;
import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.domain.NoticeStatus;
import cn.gov.samr.campaigns.event.domain.NoticeTerms;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.event.repository.NoticeRepository;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.storage.BlobStore;
import cn.gov.samr.campaigns.platform.storage.BlobUploads;
import cn.gov.samr.campaigns.platform.storage.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Notices (通知): their rules, their publication and their signed file. */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class);
    /** What a signed notice comes as: PDF, or OFD (GB/T 33190), the format of China's e-government documents. */
    private static final Set<ContentType> SIGNED_FILE_TYPES = Set.of(ContentType.PDF, ContentType.OFD);

    private final NoticeRepository notices;
    private final CampaignRepository campaigns;
    private final DivisionRepository divisions;
    private final BlobUploads uploads;
    private final BlobStore store;
    private final EventServiceConfig config;
    private final Clock clock;

    public NoticeService(NoticeRepository notices, CampaignRepository campaigns, DivisionRepository divisions,
            BlobUploads uploads, BlobStore store, EventServiceConfig config, Clock clock) {
        this.notices = notices;
        this.campaigns = campaigns;
        this.divisions = divisions;
        this.uploads = uploads;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    /** The rules beyond the fields' own: the addressees are real provincial units, the campaigns exist. */
    /** Every write applies the rules itself, whatever the entry point; a resource checks first to name all at once. */
    private void requireValid(NoticeTerms terms) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        check(terms, errors);
        errors.throwIfAny();
    }

    public void check(NoticeTerms terms, InvalidInputException.Collector errors) {
        NoticeTerms.Addressees to = terms.addressees();
        if (to != null) {
            errors.check(to.allProvincialUnits() || !to.provincialUnits().isEmpty()
                    || !to.certificationBodySchemes().isEmpty(), "addressees",
                    "name at least one addressee: allProvincialUnits, provincialUnits or certificationBodySchemes");
            errors.check(!to.allProvincialUnits() || to.provincialUnits().isEmpty(), "addressees.provincialUnits",
                    "must be left out when allProvincialUnits is true");
            Set<String> units = divisions.provincialUnits().stream().map(d -> d.code).collect(Collectors.toSet());
            eachOnce(to.provincialUnits(), "addressees.provincialUnits", errors,
                    code -> units.contains(code) ? null : "is not one of the 32 provincial units");
            Set<String> schemes = Arrays.stream(CertificationScheme.values()).map(CertificationScheme::wire)
                    .collect(Collectors.toSet());
            eachOnce(to.certificationBodySchemes(), "addressees.certificationBodySchemes", errors,
                    scheme -> schemes.contains(scheme) ? null : "is not a certification scheme; one of " + new TreeSet<>(schemes));
        }
        eachOnce(terms.campaigns(), "campaigns", errors,
                id -> campaigns.findByIdOptional(id).isPresent() ? null : "no such campaign");
    }

    @Transactional
    public Notice create(NoticeTerms terms, String createdBy) {
        requireValid(terms);
        requireUniqueNumber(terms.documentNumber(), null);
        Notice notice = Notice.draft(UUID.randomUUID(), terms, createdBy, now());
        notices.persist(notice);
        notices.flush();
        return notice;
    }

    /** @param expectedVersion the version the caller last read (If-Match), or null ({@code *}) to skip the check */
    @Transactional
    public Notice update(UUID id, NoticeTerms terms, Long expectedVersion) {
        Notice notice = get(id);
        Versions.require("Notice", notice.id, notice.version, expectedVersion);
        requireValid(terms);
        requireUniqueNumber(terms.documentNumber(), id);
        notice.apply(terms, now());
        notices.flush(); // the version this change commits is the answer's ETag
        return notice;
    }

    /**
     * Makes the notice public. The campaigns it announces must be public too (published or closed): a public
     * notice does not point at a draft.
     */
    @Transactional
    public Notice publish(UUID id) {
        Notice notice = get(id);
        if (notice.status == NoticeStatus.PUBLISHED) {
            return notice;
        }
        List<UUID> drafts = notice.campaigns.stream().map(campaigns::findById)
                .filter(c -> c.status == CampaignStatus.DRAFT).map(c -> c.id).toList();
        if (!drafts.isEmpty()) {
            throw new ConflictProblem("The notice announces campaigns that are still drafts: " + drafts
                    + "; publish them first.");
        }
        notice.publish(now());
        notices.flush();
        return notice;
    }

    /**
     * Streams the signed file into the store, then records it. No transaction is open while the file arrives; a
     * file that cannot be recorded is removed, and the file it replaces is removed once the new one is recorded.
     */
    public Notice attachFile(UUID id, InputStream body) {
        Notice before = QuarkusTransaction.requiringNew().call(() -> {
            Notice notice = get(id);
            notice.requireFileWritable();
            return notice;
        });
        String key = "notices/" + id + "/" + UUID.randomUUID();
        BlobUploads.Stored stored = uploads.store(key, body,
                new BlobUploads.Policy(config.notices().maxFileSize().asLongValue(), SIGNED_FILE_TYPES));
        String fileName = fileName(before.documentNumber, stored.type());
        String[] replaced = new String[1];
        Notice notice;
        try {
            notice = QuarkusTransaction.requiringNew().call(() -> {
                Notice locked = notices.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> new NotFoundProblem("Notice", id));
                replaced[0] = locked.attachFile(key, fileName, stored.mediaType(), stored.sizeBytes(), stored.sha256(),
                        now());
                notices.flush();
                return locked;
            });
        } catch (RuntimeException e) {
            delete(key);
            throw e;
        }
        if (replaced[0] != null) {
            delete(replaced[0]);
        }
        return notice;
    }

    public Notice get(UUID id) {
        return notices.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Notice", id));
    }

    public List<Notice> list(NoticeRepository.Filter filter, java.time.LocalDate afterIssued, UUID afterId,
            int limit) {
        return notices.list(filter, afterIssued, afterId, limit);
    }

    /** The published notices naming each campaign, for the campaigns' views; one query for a page of them. */
    public Map<UUID, List<CampaignLinks.Notice>> publishedNaming(Collection<Campaign> named) {
        return notices.publishedNaming(named.stream().map(c -> c.id).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(n -> new CampaignLinks.Notice(n.id, n.documentNumber, n.title, n.issuedOn)).toList()));
    }

    /** Who may see drafts: only the national office writes notices. */
    public static List<NoticeStatus> visibleStatuses(boolean nationalAdmin) {
        return nationalAdmin ? List.of(NoticeStatus.values()) : List.of(NoticeStatus.PUBLISHED);
    }

    /** The name downloaders get: the document number, e.g. 市监认证函〔2024〕405号.pdf. */
    static String fileName(String documentNumber, ContentType type) {
        String plain = documentNumber.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        return plain + (type == ContentType.OFD ? ".ofd" : ".pdf");
    }

    private void requireUniqueNumber(String documentNumber, UUID self) {
        notices.byDocumentNumber(documentNumber).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new ConflictProblem("Document number " + documentNumber + " is notice " + other.id + " already.");
        });
    }

    /** Each element checked once; a repeated one is an error of its own, named by its index. */
    private static <T> void eachOnce(List<T> values, String field, InvalidInputException.Collector errors,
            java.util.function.Function<T, String> problem) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                continue; // the field's own check names it
            }
            String wrong = seen.add(value) ? problem.apply(value) : "is given twice";
            errors.check(wrong == null, field + "[" + i + "]", wrong);
        }
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "could not remove the file %s; it is not referenced", key);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
