package cn.gov.samr.campaigns.report.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.Attachment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** In the order they were uploaded. */
    public List<Attachment> of(UUID obligationId) {
        return list("obligationId = ?1 order by uploadedAt, id", obligationId);
    }
}
