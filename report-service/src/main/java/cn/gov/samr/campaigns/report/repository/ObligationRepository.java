package cn.gov.samr.campaigns.report.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    /** Who owes: a provincial unit (code and names) or a certification body (approval number, name if known). */
    public record Party(String divisionCode, String nameZh, String nameEn, String bodyId, String bodyName) {

        public static Party unit(String code, String zh, String en) {
            return new Party(code, zh, en, null, null);
        }

        public static Party body(String approvalNumber) {
            return new Party(null, null, null, approvalNumber, null);
        }

        String code() {
            return divisionCode != null ? divisionCode : bodyId;
        }
    }

    /**
     * Opens the obligation unless the campaign × party × kind already has one: a second CampaignPublished for the
     * same campaign, whatever its event id, cannot make a 33rd.
     */
    public void openIfAbsent(UUID campaignId, Party party, ObligationKind kind, LocalDate deadline, boolean archived,
            OffsetDateTime now) {
        getEntityManager().createNativeQuery("""
                insert into obligation (id, campaign_id, division_code, division_name_zh, division_name_en, body_id,
                                        body_name, kind, deadline, original_deadline, status, opened_at, archived)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12)
                on conflict on constraint obligation_once do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, campaignId)
                .setParameter(3, party.divisionCode())
                .setParameter(4, party.nameZh())
                .setParameter(5, party.nameEn())
                .setParameter(6, party.bodyId())
                .setParameter(7, party.bodyName())
                .setParameter(8, kind.name())
                .setParameter(9, deadline)
                .setParameter(10, ObligationStatus.NOT_STARTED.name())
                .setParameter(11, now)
                .setParameter(12, archived)
                .executeUpdate();
        // its report's draft, so that the first edit already has a version to match
        getEntityManager().createNativeQuery("""
                insert into report (obligation_id)
                select id from obligation where campaign_id = ?1 and party = ?2 and kind = ?3
                on conflict do nothing""")
                .setParameter(1, campaignId)
                .setParameter(2, party.code())
                .setParameter(3, kind.name())
                .executeUpdate();
    }

    /**
     * The campaign's deadline for this kind of report moved: obligations follow it, except that one with a granted
     * extension keeps the later of the two dates. One already there is left alone (its version unchanged), so
     * replaying the campaign's events does not invalidate the clients' ETags.
     */
    public void moveDeadline(UUID campaignId, ObligationKind kind, LocalDate deadline) {
        getEntityManager().createNativeQuery("""
                update obligation set deadline = greatest(?1, extended_deadline), version = version + 1
                where campaign_id = ?2 and kind = ?3 and deadline <> greatest(?1, extended_deadline)""")
                .setParameter(1, deadline)
                .setParameter(2, campaignId)
                .setParameter(3, kind.name())
                .executeUpdate();
    }

    /**
     * Not yet submitted, due by {@code lastDay}, and not yet reported missed for their current deadline: what the
     * reminder job still has to look at (obligations long missed drop out once their DeadlineMissed is out). An
     * archived edition's obligations are never reminded. At most {@code limit}, in (deadline, id) order after the
     * given position (null: from the start).
     */
    @SuppressWarnings("unchecked")
    public List<Obligation> awaitingReminders(LocalDate lastDay, LocalDate afterDeadline, UUID afterId, int limit) {
        return getEntityManager().createNativeQuery("""
                select o.* from obligation o
                where o.first_submitted_at is null and o.deadline <= ?1 and not o.archived
                  and not exists (select 1 from reminder_sent r where r.obligation_id = o.id
                                  and r.kind = 'MISSED' and r.deadline = o.deadline)
                  and (cast(?2 as date) is null or (o.deadline, o.id) > (cast(?2 as date), cast(?3 as uuid)))
                order by o.deadline, o.id
                limit ?4""", Obligation.class)
                .setParameter(1, lastDay)
                .setParameter(2, afterDeadline)
                .setParameter(3, afterId)
                .setParameter(4, limit)
                .getResultList();
    }

    /** The filters of the obligations list; null for any. {@code party} is a division code or an approval number. */
    public record Filter(UUID campaign, String party, ObligationKind kind) {
    }

    /** In party then kind order; keyset paging after ({@code afterParty}, {@code afterKind}). */
    public List<Obligation> list(Filter filter, String afterParty, ObligationKind afterKind, int limit) {
        StringBuilder where = new StringBuilder("campaignId = :campaign");
        Parameters params = Parameters.with("campaign", filter.campaign());
        if (filter.party() != null) {
            where.append(" and party = :party");
            params.and("party", filter.party());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (afterParty != null) {
            // kinds are stored by name, so "after" compares the names as the order by does
            where.append(" and (party > :after or (party = :after and kind > :afterKind))");
            params.and("after", afterParty).and("afterKind", afterKind);
        }
        return find(where + " order by party, kind", params).page(0, limit).list();
    }
}
