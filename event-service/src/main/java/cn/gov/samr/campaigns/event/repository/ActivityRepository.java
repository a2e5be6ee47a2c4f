package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** In start order; keyset paging after (afterStart, afterId) when given; fetches limit rows. */
    public List<Activity> list(Filter f, OffsetDateTime afterStart, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.campaign() != null) {
            where.append(" and :campaign member of a.campaignIds");
            params.put("campaign", f.campaign());
        }
        and(where, params, f.provincialUnit(), "a.provincialUnit = :unit", "unit");
        and(where, params, f.divisions(), "a.divisionCode in :divisions", "divisions");
        and(where, params, f.type(), "a.type = :type", "type");
        and(where, params, f.setting(), ":setting member of a.settings", "setting");
        and(where, params, f.status(), "a.status = :status", "status");
        and(where, params, f.from(), "a.startsAt >= :from", "from");
        and(where, params, f.to(), "a.startsAt < :to", "to");
        and(where, params, f.certificationBody(), ":body member of a.certificationBodies", "body");
        if (f.text() != null) {
            where.append(" and (a.title.zh like :text escape '\\' or lower(a.title.en) like lower(:text) escape '\\')");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.visibleTo() != null) {
            where.append(" and ((a.visibility = 'PUBLIC' and a.status in ('PUBLISHED', 'COMPLETED'))");
            if (!f.visibleTo().isEmpty()) {
                where.append(" or a.divisionCode in :visibleTo");
                params.put("visibleTo", f.visibleTo());
            }
            where.append(")");
        }
        if (afterStart != null) {
            where.append(" and (a.startsAt > :afterStart or (a.startsAt = :afterStart and a.id > :afterId))");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        return find("from Activity a where " + where + " order by a.startsAt, a.id", params).page(0, limit).list();
    }

    /** One cell of the national calendar: a day (China time), a provincial unit, how many activities start. */
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

    private static void and(StringBuilder where, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
