package cn.gov.samr.campaigns.material.messaging;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.config.MaterialServiceConfig;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialDownloaded;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialPublished;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialUpdateAvailable;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialUpdated;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialVersionPublished;
import cn.gov.samr.campaigns.material.messaging.MaterialEvents.MaterialWithdrawn;
import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.platform.messaging.Outbox;

/** The catalogue's events, written to the outbox inside the caller's transaction; the material id is the key. */
@ApplicationScoped
public class MaterialEventProducer {

    private final Outbox outbox;
    private final MaterialServiceConfig config;

    public MaterialEventProducer(Outbox outbox, MaterialServiceConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    public void published(Material m) {
        emit(m, MaterialPublished.TYPE, new MaterialPublished(m.id, m.campaignId, m.kind, m.title, m.delivery,
                m.access, m.publishedAt));
    }

    /** A published material's terms changed; catalogues built from the topic (the public campaign page) follow. */
    public void updated(Material m) {
        emit(m, MaterialUpdated.TYPE, new MaterialUpdated(m.id, m.campaignId, m.kind, m.title, m.delivery, m.access,
                m.publishedAt));
    }

    public void withdrawn(Material m) {
        emit(m, MaterialWithdrawn.TYPE, new MaterialWithdrawn(m.id, m.campaignId, m.withdrawnAt));
    }

    /** @param publishedAt when the version became public: its own publication, or the material's if later */
    public void versionPublished(Material m, MaterialFile f, OffsetDateTime publishedAt) {
        emit(m, MaterialVersionPublished.TYPE, new MaterialVersionPublished(m.id, m.campaignId, f.version,
                f.fileName, f.mediaType, f.sizeBytes, f.sha256, publishedAt));
    }

    public void updateAvailable(Material m, String provincialUnit, int fetchedVersion, int latestVersion) {
        emit(m, MaterialUpdateAvailable.TYPE, new MaterialUpdateAvailable(m.id, m.campaignId, provincialUnit,
                fetchedVersion, latestVersion));
    }

    public void downloaded(DownloadRepository.Unreported c, OffsetDateTime periodEnd) {
        outbox.publish(config.topics().materials(), "Material", c.materialId().toString(), MaterialDownloaded.TYPE,
                new MaterialDownloaded(c.materialId(), c.campaignId(), c.version(), c.day(), c.provincialUnit(),
                        c.downloads() - c.reported(), c.periodStart(), periodEnd));
    }

    private void emit(Material m, String type, Object event) {
        outbox.publish(config.topics().materials(), "Material", m.id.toString(), type, event);
    }
}
