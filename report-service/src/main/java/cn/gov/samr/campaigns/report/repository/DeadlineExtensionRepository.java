package cn.gov.samr.campaigns.report.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.DeadlineExtension;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeadlineExtensionRepository implements PanacheRepositoryBase<DeadlineExtension, UUID> {

    /** The history, oldest first. */
    public List<DeadlineExtension> of(UUID obligationId) {
        return list("obligationId = ?1 order by requestedAt, id", obligationId);
    }

    public Optional<DeadlineExtension> open(UUID obligationId) {
        return find("obligationId = ?1 and status = ?2", obligationId, DeadlineExtension.Status.REQUESTED)
                .firstResultOptional();
    }
}
