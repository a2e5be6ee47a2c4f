package cn.gov.samr.campaigns.material.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.material.config.MaterialServiceConfig;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;
import cn.gov.samr.campaigns.material.messaging.MaterialEventProducer;
import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.material.repository.MaterialFileRepository;
import cn.gov.samr.campaigns.material.repository.MaterialRepository;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.storage.BlobStore;
import cn.gov.samr.campaigns.platform.storage.BlobUploads;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A material's file versions: each upload is a new version (1, 2, …); publishing one makes it the current file,
 * announced when the material is published and to every province that fetched an older one.
 */
@ApplicationScoped
public class MaterialFileService {

    private static final Logger LOG = Logger.getLogger(MaterialFileService.class);

    private final MaterialRepository materials;
    private final MaterialFileRepository files;
    private final DownloadRepository downloads;
    private final BlobUploads uploads;
    private final BlobStore store;
    private final MaterialEventProducer events;
    private final MaterialServiceConfig config;
    private final Clock clock;

    public MaterialFileService(MaterialRepository materials, MaterialFileRepository files,
            DownloadRepository downloads, BlobUploads uploads, BlobStore store, MaterialEventProducer events,
            MaterialServiceConfig config, Clock clock) {
        this.materials = materials;
        this.files = files;
        this.downloads = downloads;
        this.uploads = uploads;
        this.store = store;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Streams the body into the store, then numbers it. No transaction is open while gigabytes arrive; the
     * version number is taken afterwards under the material's lock, and a file that cannot be recorded is removed.
     */
    public MaterialFile upload(UUID materialId, String fileName, InputStream body, String uploadedBy) {
        Material material = QuarkusTransaction.requiringNew().call(() -> writable(materials.findById(materialId),
                materialId));
        String key = "materials/" + materialId + "/" + UUID.randomUUID();
        BlobUploads.Stored stored = uploads.store(key, body, new BlobUploads.Policy(config.files().maxBytes(),
                material.kind.acceptedFileTypes()));
        try {
            return QuarkusTransaction.requiringNew().call(() -> record(materialId, fileName, stored, uploadedBy));
        } catch (RuntimeException e) {
            delete(key);
            throw e;
        }
    }

    /**
     * Makes a version the current file. Versions only move forward: going back means uploading the old file again,
     * so that "a newer version" always means a higher number to the provinces.
     */
    @Transactional
    public MaterialFile publish(UUID materialId, int version) {
        Material material = writable(materials.findLocked(materialId).orElse(null), materialId);
        MaterialFile file = file(materialId, version);
        if (material.currentVersion != null && material.currentVersion == version) {
            return file;
        }
        if (material.currentVersion != null && material.currentVersion > version) {
            throw new ConflictProblem("Version " + material.currentVersion + " is current; version " + version
                    + " is older. Upload the file again to make it current.");
        }
        file.publishedAt = now();
        material.currentVersion = version;
        material.updatedAt = file.publishedAt;
        materials.flush();
        if (material.status == MaterialStatus.PUBLISHED) {
            events.versionPublished(material, file, file.publishedAt);
            downloads.fetchedBefore(materialId, version)
                    .forEach((unit, fetched) -> events.updateAvailable(material, unit, fetched, version));
        }
        return file;
    }

    public List<MaterialFile> versions(UUID materialId) {
        return files.versions(materialId);
    }

    public MaterialFile file(UUID materialId, int version) {
        return files.find(materialId, version)
                .orElseThrow(() -> new NotFoundProblem("Version " + version + " of material", materialId));
    }

    private MaterialFile record(UUID materialId, String fileName, BlobUploads.Stored stored, String uploadedBy) {
        writable(materials.findLocked(materialId).orElse(null), materialId);
        MaterialFile file = new MaterialFile();
        file.materialId = materialId;
        file.version = files.nextVersion(materialId);
        file.fileName = fileName;
        file.mediaType = stored.mediaType();
        file.sizeBytes = stored.sizeBytes();
        file.sha256 = stored.sha256();
        file.storageKey = stored.key();
        file.uploadedBy = uploadedBy;
        file.uploadedAt = now();
        files.persist(file);
        return file;
    }

    private static Material writable(Material material, UUID id) {
        if (material == null) {
            throw new NotFoundProblem("Material", id);
        }
        material.requireNotWithdrawn();
        return material;
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not remove the unrecorded upload " + key, e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
