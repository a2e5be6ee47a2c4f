package cn.gov.samr.campaigns.event.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.event.messaging.MaterialEvents.MaterialTerms;
import cn.gov.samr.campaigns.event.messaging.MaterialEvents.MaterialVersionPublished;

/**
 * The public materials projection (V17, public_material): written by material events only, each write applied when
 * the event is newer than what the row holds; read by the public campaign page.
 */
@ApplicationScoped
public class PublicMaterialRepository {

    /** A material a campaign's public page lists; the file fields are null until a version is published. */
    public record Row(UUID materialId, String kind, String titleZh, String titleEn, String delivery,
            OffsetDateTime publishedAt, Integer fileVersion, String fileName, String fileMediaType, Long fileSizeBytes,
            String fileSha256) {
    }

    /**
     * Newer than the row: a higher aggregate version; events without one (version 0, written before versions
     * existed) are applied in the order they come, as the topic's order is all there is.
     */
    private static final String NEWER = " where public_material.event_version < ?v"
            + " or (public_material.event_version = 0 and ?v = 0)";

    private final EntityManager em;

    public PublicMaterialRepository(EntityManager em) {
        this.em = em;
    }

    /** MaterialPublished / MaterialUpdated: the material's terms; it is listed again only by being published. */
    public void putTerms(MaterialTerms m, long version) {
        em.createNativeQuery("""
                insert into public_material (material_id, campaign_id, kind, title_zh, title_en, delivery, access,
                                             listed, published_at, event_version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true, ?8, ?9, now())
                on conflict (material_id) do update set campaign_id = excluded.campaign_id, kind = excluded.kind,
                    title_zh = excluded.title_zh, title_en = excluded.title_en, delivery = excluded.delivery,
                    access = excluded.access, published_at = excluded.published_at,
                    event_version = excluded.event_version, updated_at = excluded.updated_at
                """ + NEWER.replace("?v", "excluded.event_version"))
                .setParameter(1, m.materialId())
                .setParameter(2, m.campaignId())
                .setParameter(3, m.kind())
                .setParameter(4, m.title().zh())
                .setParameter(5, m.title().en())
                .setParameter(6, m.delivery())
                .setParameter(7, m.access())
                .setParameter(8, m.publishedAt())
                .setParameter(9, version)
                .executeUpdate();
    }

    /**
     * MaterialVersionPublished: the current file. A material this projection has not got (its MaterialPublished was
     * dead-lettered) has no title to show; the file waits for the redriven MaterialPublished, which comes with its
     * own MaterialVersionPublished only when material-service publishes again, so nothing is invented here.
     */
    public void putFile(MaterialVersionPublished v, long version) {
        em.createNativeQuery("""
                update public_material set file_version = ?2, file_name = ?3, file_media_type = ?4,
                    file_size_bytes = ?5, file_sha256 = ?6, event_version = ?7, updated_at = now()
                where material_id = ?1 and (event_version < ?7 or (event_version = 0 and ?7 = 0))""")
                .setParameter(1, v.materialId())
                .setParameter(2, v.version())
                .setParameter(3, v.fileName())
                .setParameter(4, v.mediaType())
                .setParameter(5, v.sizeBytes())
                .setParameter(6, v.sha256())
                .setParameter(7, version)
                .executeUpdate();
    }

    /** MaterialWithdrawn: unlisted; the row stays with its version, so an older event cannot list it again. */
    public void withdraw(UUID materialId, long version) {
        em.createNativeQuery("""
                update public_material set listed = false, event_version = ?2, updated_at = now()
                where material_id = ?1 and (event_version < ?2 or (event_version = 0 and ?2 = 0))""")
                .setParameter(1, materialId)
                .setParameter(2, version)
                .executeUpdate();
    }

    /**
     * The campaign's listed public materials, in the order they were published, at most {@code limit}: those for
     * officials only (内部资料) never appear.
     */
    @SuppressWarnings("unchecked")
    public List<Row> publicOf(UUID campaign, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select material_id, kind, title_zh, title_en, delivery, published_at, file_version, file_name,
                       file_media_type, file_size_bytes, file_sha256
                from public_material
                where campaign_id = ?1 and listed and access = 'public'
                order by published_at, material_id
                limit ?2""")
                .setParameter(1, campaign)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], toOffset(r[5]), r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                (String) r[8], r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10])).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
