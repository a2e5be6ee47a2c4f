package cn.gov.samr.campaigns.event.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * The catalogue events of material.events that the public campaign page needs, as this service reads them
 * (docs/asyncapi.yaml): its own view of material-service's bodies, read tolerantly, values as strings where
 * material-service owns the vocabulary (kind, delivery, access), so that a new kind there is no poison here.
 */
public final class MaterialEvents {

    private MaterialEvents() {
    }

    /** MaterialPublished, and MaterialUpdated (a published material's terms changed): the material as it now is. */
    public record MaterialTerms(UUID materialId, UUID campaignId, String kind, LocalizedText title, String delivery,
            String access, OffsetDateTime publishedAt) {
        public static final String PUBLISHED = "MaterialPublished";
        public static final String UPDATED = "MaterialUpdated";

        /** The first field a projection cannot do without, or null. */
        public String invalidField() {
            if (materialId == null) {
                return "materialId";
            }
            if (campaignId == null) {
                return "campaignId";
            }
            if (kind == null || kind.isBlank() || kind.length() > 30) {
                return "kind";
            }
            if (title == null || title.zh() == null || title.zh().isBlank() || title.zh().length() > 200
                    || title.en() != null && title.en().length() > 200) {
                return "title";
            }
            if (delivery == null || delivery.length() > 10) {
                return "delivery";
            }
            return access == null || access.length() > 10 ? "access" : null;
        }
    }

    /** MaterialVersionPublished: the material's current file is now this version. */
    public record MaterialVersionPublished(UUID materialId, UUID campaignId, Integer version, String fileName,
            String mediaType, Long sizeBytes, String sha256, OffsetDateTime publishedAt) {
        public static final String TYPE = "MaterialVersionPublished";

        public String invalidField() {
            if (materialId == null) {
                return "materialId";
            }
            if (version == null || version < 1) {
                return "version";
            }
            if (fileName == null || fileName.length() > 255) {
                return "fileName";
            }
            if (mediaType == null || mediaType.length() > 100) {
                return "mediaType";
            }
            if (sizeBytes == null || sizeBytes < 0) {
                return "sizeBytes";
            }
            return sha256 == null || !sha256.matches("[0-9a-f]{64}") ? "sha256" : null;
        }
    }

    /** MaterialWithdrawn: no longer offered; the public page drops it. */
    public record MaterialWithdrawn(UUID materialId, UUID campaignId, OffsetDateTime withdrawnAt) {
        public static final String TYPE = "MaterialWithdrawn";

        public String invalidField() {
            return materialId == null ? "materialId" : null;
        }
    }
}
