package cn.gov.samr.campaigns.report.repository;

import static cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository.number;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The shipment and download projections and their aggregates. A cancelled shipment counts for nothing: its copies
 * were recalled or never left.
 */
@ApplicationScoped
public class MaterialProjectionRepository {

    /** Shipments dispatched and copies dispatched, received and damaged of one provincial unit. */
    public record ShipmentRow(String provincialUnit, long shipmentsDispatched, long copiesDispatched,
            long copiesReceived, long copiesDamaged) {
    }

    /** Downloads of one provincial unit; unit null for anonymous or national downloads. */
    public record DownloadRow(String provincialUnit, long downloads) {
    }

    /** Each shipment event sets its own columns, and only when it is newer than the row's version. */
    private static final String UPSERT = """
            insert into shipment_projection (shipment_id, campaign_id, provincial_unit, source_version, %1$s,
                                             updated_at)
            values (?1, ?2, ?3, ?4, %2$s, now())
            on conflict (shipment_id) do update set campaign_id = excluded.campaign_id,
                provincial_unit = excluded.provincial_unit, source_version = excluded.source_version,
                updated_at = excluded.updated_at, %3$s
            where\s""" + ActivityProjectionRepository.NEWER.formatted("shipment_projection");

    private final EntityManager em;

    public MaterialProjectionRepository(EntityManager em) {
        this.em = em;
    }

    public void dispatched(UUID shipmentId, UUID campaignId, String unit, long copies, long version) {
        em.createNativeQuery(UPSERT.formatted("dispatched, copies_dispatched", "true, ?5",
                "dispatched = true, copies_dispatched = excluded.copies_dispatched"))
                .setParameter(1, shipmentId).setParameter(2, campaignId).setParameter(3, unit)
                .setParameter(4, version)
                .setParameter(5, copies)
                .executeUpdate();
    }

    /**
     * The latest confirmation of receipt replaces an earlier one (partially received, then received). It also
     * states what was dispatched, so a receipt replayed before its dispatch (a stale copy in another partition read
     * first) leaves the dispatch columns right although the older ShipmentDispatched is then not applied.
     */
    public void received(UUID shipmentId, UUID campaignId, String unit, long copiesDispatched, long copiesReceived,
            long copiesDamaged, long version) {
        em.createNativeQuery(UPSERT.formatted("dispatched, copies_dispatched, received, copies_received, copies_damaged",
                "true, ?5, true, ?6, ?7",
                "dispatched = true, copies_dispatched = excluded.copies_dispatched, received = true,"
                        + " copies_received = excluded.copies_received, copies_damaged = excluded.copies_damaged"))
                .setParameter(1, shipmentId).setParameter(2, campaignId).setParameter(3, unit)
                .setParameter(4, version)
                .setParameter(5, copiesDispatched).setParameter(6, copiesReceived).setParameter(7, copiesDamaged)
                .executeUpdate();
    }

    public void cancelled(UUID shipmentId, UUID campaignId, String unit, long version) {
        em.createNativeQuery(UPSERT.formatted("cancelled", "true", "cancelled = true"))
                .setParameter(1, shipmentId).setParameter(2, campaignId).setParameter(3, unit)
                .setParameter(4, version)
                .executeUpdate();
    }

    /** Records one MaterialDownloaded delta; the same event twice is one row. */
    public void downloaded(String eventId, UUID campaignId, String unit, long downloads) {
        em.createNativeQuery("""
                insert into download_projection (event_id, campaign_id, provincial_unit, downloads)
                values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, campaignId).setParameter(3, unit)
                .setParameter(4, downloads)
                .executeUpdate();
    }

    /** Per provincial unit, the campaign's shipments not cancelled; {@code unit} null for all units. */
    public List<ShipmentRow> shipments(UUID campaignId, String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select provincial_unit, count(*) filter (where dispatched),
                       coalesce(sum(copies_dispatched) filter (where dispatched), 0),
                       coalesce(sum(copies_received) filter (where received), 0),
                       coalesce(sum(copies_damaged) filter (where received), 0)
                from shipment_projection
                where campaign_id = ?1 and not cancelled
                  and (cast(?2 as varchar) is null or provincial_unit = ?2)
                group by provincial_unit order by provincial_unit""")
                .setParameter(1, campaignId).setParameter(2, unit)
                .getResultList();
        return rows.stream().map(r -> new ShipmentRow((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    /**
     * Per provincial unit, the campaign's downloads; {@code unit} null for all units, including the row of
     * anonymous and national downloads (unit null).
     */
    public List<DownloadRow> downloads(UUID campaignId, String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select provincial_unit, sum(downloads) from download_projection
                where campaign_id = ?1 and (cast(?2 as varchar) is null or provincial_unit = ?2)
                group by provincial_unit order by provincial_unit nulls last""")
                .setParameter(1, campaignId).setParameter(2, unit)
                .getResultList();
        return rows.stream().map(r -> new DownloadRow((String) r[0], number(r[1]))).toList();
    }

    /** Empties the projections, for a rebuild. */
    public void clear() {
        em.createNativeQuery("delete from shipment_projection").executeUpdate();
        em.createNativeQuery("delete from download_projection").executeUpdate();
    }
}
