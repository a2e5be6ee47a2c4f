package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.domain.NoticeStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    /** What a list may narrow by; null fields do not filter. */
    public record Filter(UUID campaign, Integer year, String documentNumber, List<NoticeStatus> statuses) {
    }

    /** Newest issue first; keyset paging after (afterIssued, afterId) when given; fetches limit rows. */
    public List<Notice> list(Filter filter, LocalDate afterIssued, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("status in :statuses");
        Parameters params = Parameters.with("statuses", filter.statuses());
        if (filter.campaign() != null) {
            where.append(" and :campaign member of campaigns");
            params.and("campaign", filter.campaign());
        }
        if (filter.year() != null) {
            where.append(" and issuedOn >= :yearStart and issuedOn < :nextYear");
            params.and("yearStart", LocalDate.of(filter.year(), 1, 1)).and("nextYear",
                    LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.documentNumber() != null) {
            where.append(" and documentNumber = :documentNumber");
            params.and("documentNumber", filter.documentNumber());
        }
        if (afterIssued != null) {
            where.append(" and (issuedOn < :afterIssued or (issuedOn = :afterIssued and id > :afterId))");
            params.and("afterIssued", afterIssued).and("afterId", afterId);
        }
        return find(where + " order by issuedOn desc, id", params).page(0, limit).list();
    }

    public Optional<Notice> byDocumentNumber(String documentNumber) {
        return find("documentNumber", documentNumber).firstResultOptional();
    }

    /** The published notices naming each of the campaigns, oldest issue first; one query for a whole page. */
    public Map<UUID, List<Notice>> publishedNaming(Collection<UUID> campaignIds) {
        Map<UUID, List<Notice>> byCampaign = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return byCampaign;
        }
        List<Object[]> rows = getEntityManager().createQuery("select c, n from Notice n join n.campaigns c "
                + "where c in :ids and n.status = :published order by n.issuedOn, n.documentNumber", Object[].class)
                .setParameter("ids", campaignIds).setParameter("published", NoticeStatus.PUBLISHED).getResultList();
        for (Object[] row : rows) {
            byCampaign.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>()).add((Notice) row[1]);
        }
        return byCampaign;
    }
}
