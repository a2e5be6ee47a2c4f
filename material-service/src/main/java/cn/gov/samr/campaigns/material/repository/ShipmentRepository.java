package cn.gov.samr.campaigns.material.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.domain.ShipmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {

    /**
     * What a shipment list asks for; null fields do not filter.
     *
     * @param overdueBefore a shipment in transit expected before this day is overdue (today minus the grace)
     */
    public record Filter(UUID campaign, String divisionCode, ShipmentStatus status, Boolean overdue,
            LocalDate overdueBefore) {
    }

    /** The keyset position after which a page starts: newest fan-out first, then by provincial unit. */
    public record After(OffsetDateTime createdAt, String divisionCode, UUID id) {
    }

    /** One provincial unit's row of the national distribution board. */
    @Schema(requiredProperties = { "divisionCode", "planned", "dispatched", "received", "damaged", "overdue" })
    public record BoardRow(String divisionCode, String nameZh, ShipmentStatus status, long planned, long dispatched,
            long received, long damaged, long overdue) {
    }

    public List<Shipment> list(Filter filter, After after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.campaign() != null) {
            where.append(" and campaignId = :campaign");
            params.put("campaign", filter.campaign());
        }
        if (filter.divisionCode() != null) {
            where.append(" and divisionCode = :division");
            params.put("division", filter.divisionCode());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.overdue() != null) {
            // overdue is computed from today, never stored: it changes at midnight without anyone writing
            String overdue = "(status in :transit and expectedDeliveryOn < :overdueBefore)";
            where.append(filter.overdue() ? " and " + overdue
                    : " and (status not in :transit or expectedDeliveryOn is null or expectedDeliveryOn >= :overdueBefore)");
            params.put("transit", ShipmentStatus.IN_TRANSIT);
            params.put("overdueBefore", filter.overdueBefore());
        }
        if (after != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and (divisionCode > :afterUnit"
                    + " or (divisionCode = :afterUnit and id > :afterId))))");
            params.put("afterCreated", after.createdAt());
            params.put("afterUnit", after.divisionCode());
            params.put("afterId", after.id());
        }
        return find(where + " order by createdAt desc, divisionCode, id", params).page(0, limit).list();
    }

    /** Per recipient of the plan: copies planned, dispatched, received and damaged, and whether it is overdue. */
    public List<BoardRow> board(UUID planId, LocalDate overdueBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select r.division_code, r.division_name_zh, s.status,
                       coalesce((select sum(l.quantity) from distribution_line l
                                 where l.plan_id = r.plan_id and l.division_code = r.division_code), 0),
                       coalesce(sum(i.quantity) filter (where s.dispatched_at is not null and s.status <> 'CANCELLED'), 0),
                       coalesce(sum(i.quantity_received), 0),
                       coalesce(sum(i.quantity_damaged), 0),
                       count(distinct s.id) filter (where s.status in ('DISPATCHED', 'DELIVERED')
                                                    and s.expected_delivery_on < ?2)
                from distribution_recipient r
                left join shipment s on s.plan_id = r.plan_id and s.division_code = r.division_code
                left join shipment_item i on i.shipment_id = s.id
                where r.plan_id = ?1
                group by r.plan_id, r.division_code, r.division_name_zh, s.status
                order by r.division_code""")
                .setParameter(1, planId).setParameter(2, overdueBefore).getResultList();
        return rows.stream().map(r -> new BoardRow((String) r[0], (String) r[1],
                r[2] == null ? null : ShipmentStatus.valueOf((String) r[2]), number(r[3]), number(r[4]), number(r[5]),
                number(r[6]), number(r[7]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
