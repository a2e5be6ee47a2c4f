package cn.gov.samr.campaigns.material.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.material.domain.MaterialFile;

/** A file version as readers see it; {@code sha256} lets them check what they downloaded. */
@Schema(requiredProperties = { "version", "fileName", "mediaType", "sizeBytes", "sha256", "uploadedAt", "current" })
public record FileView(int version, String fileName, String mediaType, long sizeBytes, String sha256,
        OffsetDateTime uploadedAt, OffsetDateTime publishedAt, boolean current) {

    static FileView of(MaterialFile f, Integer currentVersion) {
        return new FileView(f.version, f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.uploadedAt, f.publishedAt,
                currentVersion != null && currentVersion == f.version.intValue());
    }
}
