package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /**
     * What a list narrows by; null fields do not filter.
     *
     * @param divisions a subtree's codes (from DivisionTree), or null
     * @param visibleTo what the caller may see beyond public published activities: null for everything (the
     *                  national office), else the codes of its jurisdiction (empty for none)
     */
    public record Filter(UUID campaign, String provincialUnit, Set<String> divisions, ActivityType type,
            ActivitySetting setting, ActivityStatus status, OffsetDateTime from, OffsetDateTime to,
            String certificationBody, String text, Set<String> visibleTo) {
    }

    /**
     * In start order; keyset paging after (afterStart, afterId) when given; fetches limit rows. With a campaign,
     * the walk starts from the campaign's own (campaign, start, id) index on the link table, so a page costs
     * the same for the first campaign and the fortieth (see V6 and docs/benchmarks.md).
     */
    @SuppressWarnings("unchecked")
    public List<Activity> list(Filter f, OffsetDateTime afterStart, UUID afterId, int limit) {
        boolean byCampaign = f.campaign() != null;
        String start = byCampaign ? "ac.starts_at" : "a.starts_at";
        String id = byCampaign ? "ac.activity_id" : "a.id";
        StringBuilder sql = new StringBuilder("select a.* from activity a");
        Map<String, Object> params = new HashMap<>();
        if (byCampaign) {
            sql.append(" join activity_campaign ac on ac.activity_id = a.id and ac.campaign_id = :campaign");
            params.put("campaign", f.campaign());
        }
        sql.append(" where true");
        and(sql, params, f.provincialUnit(), "a.provincial_unit = :unit", "unit");
        and(sql, params, f.divisions(), "a.division_code in (:divisions)", "divisions");
        and(sql, params, f.type() == null ? null : f.type().name(), "a.type = :type", "type");
        and(sql, params, f.setting() == null ? null : f.setting().name(),
                "exists (select 1 from activity_setting s where s.activity_id = a.id and s.setting = :setting)", "setting");
        and(sql, params, f.status() == null ? null : f.status().name(), "a.status = :status", "status");
        and(sql, params, f.from(), start + " >= :from", "from");
        and(sql, params, f.to(), start + " < :to", "to");
        and(sql, params, f.certificationBody(),
                "exists (select 1 from activity_certification_body b where b.activity_id = a.id and b.org = :body)", "body");
        if (f.text() != null) {
            sql.append(" and (a.title_zh like :text escape '\\' or lower(a.title_en) like lower(:text) escape '\\')");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.visibleTo() != null) {
            // announced public activities, cancelled ones included, so that subscribers learn of the cancellation
            sql.append(" and ((a.visibility = 'PUBLIC' and a.published_at is not null)");
            if (!f.visibleTo().isEmpty()) {
                sql.append(" or a.division_code in (:visibleTo)");
                params.put("visibleTo", f.visibleTo());
            }
            sql.append(")");
        }
        if (afterStart != null) {
            sql.append(" and (").append(start).append(", ").append(id).append(") > (:afterStart, :afterId)");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        sql.append(" order by ").append(start).append(", ").append(id).append(" limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Activity.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** One cell of the national calendar: a day (China time), a provincial unit, how many activities start. */
    @Schema(requiredProperties = { "day", "provincialUnit", "activities" })
    public record CalendarCell(LocalDate day, String provincialUnit, long activities) {
    }

    /** Published and completed activities per day per provincial unit, optionally of one campaign. */
    @SuppressWarnings("unchecked")
    public List<CalendarCell> calendar(UUID campaign, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select cast(a.starts_at at time zone 'Asia/Shanghai' as date), a.provincial_unit, count(*)
                from activity a
                where a.status in ('PUBLISHED', 'COMPLETED') and a.starts_at >= :from and a.starts_at < :to
                  and (cast(:campaign as uuid) is null or exists (select 1 from activity_campaign c
                       where c.activity_id = a.id and c.campaign_id = cast(:campaign as uuid)))
                group by 1, 2 order by 1, 2""")
                .setParameter("from", from).setParameter("to", to)
                .setParameter("campaign", campaign == null ? null : campaign.toString())
                .getResultList();
        return rows.stream().map(r -> new CalendarCell((LocalDate) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** Live activities at the same venue whose times overlap [start, end). */
    public List<Activity> atSameVenue(String division, String address, OffsetDateTime start, OffsetDateTime end,
            UUID except) {
        return list("divisionCode = ?1 and lower(venueAddress) = lower(?2) and startsAt < ?4 and endsAt > ?3"
                + " and status <> ?5 and id <> ?6", division, address, start, end, ActivityStatus.CANCELLED, except);
    }

    /** Live launch ceremonies of a campaign other than {@code except}. */
    public List<Activity> launchCeremonies(UUID campaign, UUID except) {
        return list("type = ?1 and ?2 member of campaignIds and status <> ?3 and id <> ?4",
                ActivityType.LAUNCH_CEREMONY, campaign, ActivityStatus.CANCELLED, except);
    }

    private static void and(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
