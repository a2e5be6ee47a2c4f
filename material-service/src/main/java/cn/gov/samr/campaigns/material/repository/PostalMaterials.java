package cn.gov.samr.campaigns.material.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What distribution reads of the materials catalogue. The catalogue owns the {@code material} table and its
 * entity; distribution only reads the few columns it needs, so that the two can change apart.
 */
@ApplicationScoped
public class PostalMaterials {

    /** A material as distribution sees it. */
    public record MaterialRef(UUID id, UUID campaignId, String delivery, String status, String titleZh) {

        /** Printed copies can be posted: delivery POST or BOTH, and published. */
        public boolean isPostal() {
            return ("POST".equals(delivery) || "BOTH".equals(delivery)) && "PUBLISHED".equals(status);
        }
    }

    private final EntityManager em;

    public PostalMaterials(EntityManager em) {
        this.em = em;
    }

    public Optional<MaterialRef> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, campaign_id, delivery, status, title_zh from material where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new MaterialRef((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], (String) r[4]));
    }
}
