package cn.gov.samr.campaigns.material.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One uploaded file of a material (文件版本), numbered from 1; downloadable by all once published. */
@Entity
@IdClass(MaterialFile.Key.class)
public class MaterialFile {

    /** The primary key: the material and the version number. */
    public static class Key implements Serializable {
        public UUID materialId;
        public Integer version;

        public Key() {
        }

        public Key(UUID materialId, Integer version) {
            this.materialId = materialId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(materialId, k.materialId)
                    && Objects.equals(version, k.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(materialId, version);
        }
    }

    @Id
    public UUID materialId;

    @Id
    public Integer version;

    public String fileName;
    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public String storageKey;
    public String uploadedBy;
    public OffsetDateTime uploadedAt;

    /** When it became current; null while only uploaded. */
    public OffsetDateTime publishedAt;

    public boolean published() {
        return publishedAt != null;
    }
}
