package cn.gov.samr.campaigns.material.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.ConflictProblem;

/** The shipment's rules without a database: receipt status, overdue boundary, transitions. */
class ShipmentTest {

    private static final UUID POSTER = UUID.randomUUID();
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2022-09-10T10:00:00+08:00");
    private static final LocalDate EXPECTED = LocalDate.parse("2022-09-15");
    private static final Period GRACE = Period.ofDays(3);

    @Test
    void damagedCopiesArrivedSoTheShipmentIsReceived() {
        Shipment s = dispatched();
        s.receive(Map.of(POSTER, new int[] { 495, 5 }), null, "officer", NOW);
        assertEquals(ShipmentStatus.RECEIVED, s.status);
    }

    @Test
    void missingCopiesMakeItPartiallyReceived() {
        Shipment s = dispatched();
        s.receive(Map.of(POSTER, new int[] { 490, 5 }), null, "officer", NOW);
        assertEquals(ShipmentStatus.PARTIALLY_RECEIVED, s.status);
        assertEquals(5, s.items.get(0).missing());
    }

    @Test
    void overdueOnlyAfterTheExpectedDayPlusTheGrace() {
        Shipment s = dispatched();
        assertFalse(s.isOverdue(EXPECTED.plusDays(3), GRACE));
        assertTrue(s.isOverdue(EXPECTED.plusDays(4), GRACE));
        s.deliver(NOW);
        assertTrue(s.isOverdue(EXPECTED.plusDays(4), GRACE), "delivered but not confirmed is still not received");
        s.receive(Map.of(POSTER, new int[] { 500, 0 }), null, "officer", NOW);
        assertFalse(s.isOverdue(EXPECTED.plusDays(30), GRACE));
    }

    @Test
    void cancellingRemembersWhereItCameFromAndIsFinal() {
        Shipment s = dispatched();
        s.cancel("lost", NOW);
        assertEquals(ShipmentStatus.DISPATCHED, s.cancelledFrom);
        assertThrows(ConflictProblem.class, () -> s.cancel("again", NOW));
        assertThrows(ConflictProblem.class, () -> s.dispatch("EMS", "1", EXPECTED, NOW));
        assertFalse(s.isOverdue(EXPECTED.plusDays(30), GRACE));
    }

    @Test
    void aPlannedShipmentIsNeitherDeliveredNorReceived() {
        Shipment s = planned();
        assertThrows(ConflictProblem.class, () -> s.deliver(NOW));
        assertThrows(ConflictProblem.class, () -> s.receive(Map.of(POSTER, new int[] { 500, 0 }), null, "o", NOW));
        assertEquals(ShipmentStatus.PLANNED, s.status);
    }

    private static Shipment planned() {
        DistributionPlan plan = new DistributionPlan();
        plan.id = UUID.randomUUID();
        plan.campaignId = UUID.randomUUID();
        return Shipment.planned(UUID.randomUUID(), plan, "320000", List.of(ShipmentItem.of(POSTER, 500)), NOW);
    }

    private static Shipment dispatched() {
        Shipment s = planned();
        s.dispatch("EMS", "EMS1", EXPECTED, NOW);
        return s;
    }
}
