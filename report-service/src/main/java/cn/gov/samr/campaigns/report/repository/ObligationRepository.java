package cn.gov.samr.campaigns.report.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    /**
     * Opens the obligation unless the campaign × unit already has one: a second CampaignPublished for the same
     * campaign, whatever its event id, cannot make a 33rd.
     */
    public void openIfAbsent(UUID campaignId, String divisionCode, String nameZh, String nameEn, LocalDate deadline,
            OffsetDateTime now) {
        getEntityManager().createNativeQuery("""
                insert into obligation (id, campaign_id, division_code, division_name_zh, division_name_en, deadline,
                                        original_deadline, status, opened_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)
                on conflict on constraint obligation_once do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, campaignId)
                .setParameter(3, divisionCode)
                .setParameter(4, nameZh)
                .setParameter(5, nameEn)
                .setParameter(6, deadline)
                .setParameter(7, ObligationStatus.NOT_STARTED.name())
                .setParameter(8, now)
                .executeUpdate();
    }

    /** In division order; keyset paging after {@code afterDivision}; {@code division} null for all units. */
    public List<Obligation> list(UUID campaignId, String division, String afterDivision, int limit) {
        StringBuilder where = new StringBuilder("campaignId = :campaign");
        Parameters params = Parameters.with("campaign", campaignId);
        if (division != null) {
            where.append(" and divisionCode = :division");
            params.and("division", division);
        }
        if (afterDivision != null) {
            where.append(" and divisionCode > :after");
            params.and("after", afterDivision);
        }
        return find(where + " order by divisionCode", params).page(0, limit).list();
    }
}
