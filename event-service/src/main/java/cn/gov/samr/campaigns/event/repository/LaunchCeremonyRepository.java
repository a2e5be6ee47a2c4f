package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.LaunchOutcome;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LaunchCeremonyRepository implements PanacheRepositoryBase<LaunchCeremony, UUID> {

    /** The day a ceremony is (or was) held, as the index launch_ceremony_by_day has it (V10). */
    private static final String DAY = "coalesce(l.actual_date, l.planned_date)";
    /** Where it is (or was) held; none when it was held online only. */
    private static final String PLACE = "(case when l.outcome = 'ONLINE' then null "
            + "else coalesce(l.actual_division, l.planned_division) end)";

    /**
     * What a list narrows by; null fields do not filter.
     *
     * @param announcedOnly only ceremonies of at least one published (or closed) campaign: what anyone but the
     *                      national office may see
     * @param divisions     a subtree's codes (from DivisionTree) the place lies in
     * @param text          text in the Chinese title, taken literally
     */
    public record Filter(UUID campaign, LocalDate from, LocalDate to, LaunchOutcome outcome, boolean announcedOnly,
            String provincialUnit, Set<String> divisions, String text) {
    }

    /** A ceremony of a campaign as the campaign's view shows it. */
    public record CampaignLaunch(UUID campaignId, UUID ceremonyId, LocalDate day, String division,
            LaunchOutcome outcome) {
    }

    /** In the order of the day they are held, then id; keyset paging after (afterDay, afterId); limit rows. */
    @SuppressWarnings("unchecked")
    public List<LaunchCeremony> list(Filter f, LocalDate afterDay, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder("select l.* from launch_ceremony l where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.campaign() != null) {
            sql.append(" and exists (select 1 from launch_ceremony_campaign x where x.ceremony_id = l.id"
                    + " and x.campaign_id = :campaign)");
            params.put("campaign", f.campaign());
        }
        if (f.announcedOnly()) {
            sql.append(" and exists (select 1 from launch_ceremony_campaign x join campaign c on c.id = x.campaign_id"
                    + " where x.ceremony_id = l.id and c.status in (:announced))");
            params.put("announced", List.of(CampaignStatus.PUBLISHED.name(), CampaignStatus.CLOSED.name()));
        }
        if (f.from() != null) {
            sql.append(" and ").append(DAY).append(" >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and ").append(DAY).append(" <= :to");
            params.put("to", f.to());
        }
        if (f.outcome() != null) {
            sql.append(" and l.outcome = :outcome");
            params.put("outcome", f.outcome().name());
        }
        if (f.provincialUnit() != null) {
            sql.append(" and exists (select 1 from division d where d.code = ").append(PLACE)
                    .append(" and d.provincial_unit = :province)");
            params.put("province", f.provincialUnit());
        }
        if (f.divisions() != null) {
            sql.append(" and ").append(PLACE).append(" in (:divisions)");
            params.put("divisions", f.divisions());
        }
        if (f.text() != null) {
            sql.append(" and strpos(l.title_zh, :text) > 0");
            params.put("text", f.text());
        }
        if (afterDay != null) {
            sql.append(" and (").append(DAY).append(" > :afterDay or (").append(DAY)
                    .append(" = :afterDay and l.id > :afterId))");
            params.put("afterDay", afterDay);
            params.put("afterId", afterId);
        }
        sql.append(" order by ").append(DAY).append(", l.id limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), LaunchCeremony.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The ceremonies of the given campaigns, one query for a whole list of campaigns, in the order of their day. */
    @SuppressWarnings("unchecked")
    public List<CampaignLaunch> ofCampaigns(Collection<UUID> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select x.campaign_id, l.id, " + DAY + ", "
                + PLACE + ", l.outcome from launch_ceremony_campaign x join launch_ceremony l on l.id = x.ceremony_id"
                + " where x.campaign_id in (:campaigns) order by 3, 2")
                .setParameter("campaigns", campaigns).getResultList();
        return rows.stream().map(r -> new CampaignLaunch((UUID) r[0], (UUID) r[1], toDate(r[2]), (String) r[3],
                LaunchOutcome.valueOf((String) r[4]))).toList();
    }

    /** The ceremonies other than {@code except} that launch the campaign and are not cancelled. */
    public List<LaunchCeremony> othersOf(UUID campaign, UUID except) {
        return find("select l from LaunchCeremony l where :campaign member of l.campaignIds and l.id <> :except"
                + " and l.outcome <> :cancelled order by l.plannedDate, l.id",
                io.quarkus.panache.common.Parameters.with("campaign", campaign).and("except", except)
                        .and("cancelled", LaunchOutcome.CANCELLED)).page(0, 5).list();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
