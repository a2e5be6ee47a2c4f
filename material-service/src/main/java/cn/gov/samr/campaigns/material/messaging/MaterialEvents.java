package cn.gov.samr.campaigns.material.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Delivery;
import cn.gov.samr.campaigns.material.domain.LocalizedText;
import cn.gov.samr.campaigns.material.domain.MaterialKind;

/** The bodies of the catalogue's events on material.events, exactly as docs/events.md fixes them. */
public final class MaterialEvents {

    private MaterialEvents() {
    }

    public record MaterialPublished(UUID materialId, UUID campaignId, MaterialKind kind, LocalizedText title,
            Delivery delivery, Access access, OffsetDateTime publishedAt) {
        public static final String TYPE = "MaterialPublished";
    }

    /** A published material's terms changed (title, kind, delivery, access): the material as it now is. */
    public record MaterialUpdated(UUID materialId, UUID campaignId, MaterialKind kind, LocalizedText title,
            Delivery delivery, Access access, OffsetDateTime publishedAt) {
        public static final String TYPE = "MaterialUpdated";
    }

    /** A published material taken out of the catalogue: no longer offered (its files stay for the statistics). */
    public record MaterialWithdrawn(UUID materialId, UUID campaignId, OffsetDateTime withdrawnAt) {
        public static final String TYPE = "MaterialWithdrawn";
    }

    public record MaterialVersionPublished(UUID materialId, UUID campaignId, int version, String fileName,
            String mediaType, long sizeBytes, String sha256, OffsetDateTime publishedAt) {
        public static final String TYPE = "MaterialVersionPublished";
    }

    /** A provincial unit fetched an older version of a material that now has a newer one. */
    public record MaterialUpdateAvailable(UUID materialId, UUID campaignId, String provincialUnit, int fetchedVersion,
            int latestVersion) {
        public static final String TYPE = "MaterialUpdateAvailable";
    }

    /**
     * Downloads added since the previous event for the same material, version, day and unit; consumers sum.
     *
     * @param provincialUnit null for anonymous and national callers
     */
    public record MaterialDownloaded(UUID materialId, UUID campaignId, int version, LocalDate day,
            String provincialUnit, long downloads, OffsetDateTime periodStart, OffsetDateTime periodEnd) {
        public static final String TYPE = "MaterialDownloaded";
    }
}
