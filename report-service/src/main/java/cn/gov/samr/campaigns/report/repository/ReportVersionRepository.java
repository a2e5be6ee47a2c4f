package cn.gov.samr.campaigns.report.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.ReportVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersion, UUID> {

    /** Oldest first. */
    public List<ReportVersion> of(UUID obligationId) {
        return list("obligationId = ?1 order by number", obligationId);
    }

    public Optional<ReportVersion> find(UUID obligationId, int number) {
        return find("obligationId = ?1 and number = ?2", obligationId, number).firstResultOptional();
    }

    public Optional<ReportVersion> latest(UUID obligationId) {
        return find("obligationId = ?1 order by number desc", obligationId).firstResultOptional();
    }
}
