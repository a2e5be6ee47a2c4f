package cn.gov.samr.campaigns.material.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.material.repository.ShipmentRepository.BoardRow;

/** The national distribution board (全国分发看板): per provincial unit, copies planned, dispatched, received, damaged. */
@Schema(requiredProperties = { "planId", "campaignId", "totals", "units" })
public record DistributionBoardView(UUID planId, UUID campaignId, Totals totals, List<BoardRow> units) {

    @Schema(requiredProperties = { "planned", "dispatched", "received", "damaged", "overdueShipments" })
    public record Totals(long planned, long dispatched, long received, long damaged, long overdueShipments) {
    }

    public static DistributionBoardView of(UUID planId, UUID campaignId, List<BoardRow> rows) {
        return new DistributionBoardView(planId, campaignId, new Totals(
                rows.stream().mapToLong(BoardRow::planned).sum(), rows.stream().mapToLong(BoardRow::dispatched).sum(),
                rows.stream().mapToLong(BoardRow::received).sum(), rows.stream().mapToLong(BoardRow::damaged).sum(),
                rows.stream().mapToLong(BoardRow::overdue).sum()), rows);
    }
}
