package cn.gov.samr.campaigns.material.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Delivery;
import cn.gov.samr.campaigns.material.domain.LocalizedText;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialKind;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;

/**
 * A material of the catalogue.
 *
 * @param currentVersion the file version downloaders get; null until one is published
 * @param fetchedVersion the version the caller's provincial unit last downloaded; null if none or no unit
 */
@Schema(requiredProperties = {
        "id", "campaignId", "kind", "title", "delivery", "access", "status", "createdAt", "updatedAt", "version" })
public record MaterialView(UUID id, UUID campaignId, MaterialKind kind, LocalizedText title,
        LocalizedText description, Delivery delivery, Access access, MaterialStatus status, Integer currentVersion,
        Integer fetchedVersion, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
        OffsetDateTime withdrawnAt,
        @Schema(description = "The material's version, as its ETag; it grows with every change") long version) {

    static MaterialView of(Material m, Integer fetchedVersion) {
        return new MaterialView(m.id, m.campaignId, m.kind, m.title, m.description, m.delivery, m.access, m.status,
                m.currentVersion, fetchedVersion, m.createdAt, m.updatedAt, m.publishedAt, m.withdrawnAt,
                m.version);
    }
}
