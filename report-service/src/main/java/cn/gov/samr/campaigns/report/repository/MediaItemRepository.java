package cn.gov.samr.campaigns.report.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.MediaItem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MediaItemRepository implements PanacheRepositoryBase<MediaItem, UUID> {

    /** In the order they were added. */
    public List<MediaItem> of(UUID obligationId) {
        return list("obligationId = ?1 order by addedAt, id", obligationId);
    }

    /** The campaign's other provinces' items with one of these URLs: the same article reported twice. */
    public List<MediaItem> elsewhere(UUID campaignId, UUID obligationId, List<String> normalizedUrls) {
        if (normalizedUrls.isEmpty()) {
            return List.of();
        }
        return list("campaignId = ?1 and obligationId <> ?2 and normalizedUrl in ?3 order by divisionCode",
                campaignId, obligationId, normalizedUrls);
    }
}
