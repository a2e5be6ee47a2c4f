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
        // its report's draft, so that the first edit already has a version to match
        getEntityManager().createNativeQuery("""
                insert into report (obligation_id)
                select id from obligation where campaign_id = ?1 and division_code = ?2
                on conflict do nothing""")
                .setParameter(1, campaignId)
                .setParameter(2, divisionCode)
                .executeUpdate();
    }

    /**
     * The campaign's deadline moved: obligations follow it, except that one with a granted extension keeps the
     * later of the two dates. One already there is left alone (its version unchanged), so replaying the campaign's
     * events does not invalidate the clients' ETags.
     */
    public void moveDeadline(UUID campaignId, LocalDate deadline) {
        getEntityManager().createNativeQuery("""
                update obligation set deadline = greatest(?1, extended_deadline), version = version + 1
                where campaign_id = ?2 and deadline <> greatest(?1, extended_deadline)""")
                .setParameter(1, deadline)
                .setParameter(2, campaignId)
                .executeUpdate();
    }

    /**
     * Not yet submitted, due by {@code lastDay}, and not yet reported missed for their current deadline: what the
     * reminder job still has to look at (obligations long missed drop out once their DeadlineMissed is out).
     */
    @SuppressWarnings("unchecked")
    public List<Obligation> awaitingReminders(LocalDate lastDay) {
        return getEntityManager().createNativeQuery("""
                select o.* from obligation o
                where o.first_submitted_at is null and o.deadline <= ?1
                  and not exists (select 1 from reminder_sent r where r.obligation_id = o.id
                                  and r.kind = 'MISSED' and r.deadline = o.deadline)
                order by o.deadline, o.id""", Obligation.class)
                .setParameter(1, lastDay)
                .getResultList();
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
