package cn.gov.samr.campaigns.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gbt2260HierarchyTest {

    private final Gbt2260Hierarchy hierarchy = new Gbt2260Hierarchy();

    @Test
    void aProvinceCoversItsCitiesAndCounties() {
        assertTrue(hierarchy.isWithin("320000", "320000"));
        assertTrue(hierarchy.isWithin("320100", "320000")); // 南京市 in 江苏省
        assertTrue(hierarchy.isWithin("320102", "320000")); // 玄武区
    }

    @Test
    void aProvinceDoesNotCoverItsNeighbour() {
        assertFalse(hierarchy.isWithin("330500", "320000")); // 湖州市 is in 浙江省
        assertFalse(hierarchy.isWithin("330000", "320000"));
    }

    @Test
    void aCityCoversItsCountiesOnly() {
        assertTrue(hierarchy.isWithin("330502", "330500"));
        assertFalse(hierarchy.isWithin("330000", "330500"));
        assertFalse(hierarchy.isWithin("330100", "330500"));
    }

    @Test
    void aCountyCoversOnlyItself() {
        assertTrue(hierarchy.isWithin("330502", "330502"));
        assertFalse(hierarchy.isWithin("330503", "330502"));
    }

    @Test
    void malformedCodesCoverNothing() {
        assertFalse(hierarchy.isWithin("32", "320000"));
        assertFalse(hierarchy.isWithin("320100", null));
        assertFalse(hierarchy.isWithin("32010x", "320000"));
    }

    @Test
    void theProvincialUnitIsThePrefixOfTheCode() {
        assertEquals("320000", hierarchy.provincialUnitOf("320102")); // 玄武区 in 江苏省
        assertEquals("320000", hierarchy.provincialUnitOf("320000"));
        assertNull(hierarchy.provincialUnitOf("CB-0001"));
        assertNull(hierarchy.provincialUnitOf(null));
    }

    /** 石河子市: GB/T 2260 files it under Xinjiang's 659000; the reference file says it reports through the XPCC. */
    @Test
    void theXpccsCitiesAreTheXpccsNotXinjiangs() {
        assertEquals("660000", hierarchy.provincialUnitOf("659001"));
        assertTrue(hierarchy.isWithin("659001", "660000"));
        assertFalse(hierarchy.isWithin("659001", "650000"));
        assertFalse(hierarchy.isWithin("659001", "659000"));
        assertEquals("650000", hierarchy.provincialUnitOf("659000")); // the filing city itself stays Xinjiang's
        assertTrue(hierarchy.isWithin("650102", "650000")); // 乌鲁木齐市天山区 is Xinjiang's
        assertFalse(hierarchy.isWithin("650102", "660000"));
    }

    /** 兵团一三六团 lies in 克拉玛依 (650203) and is run by 石河子市 (659001): the check climbs by who runs it. */
    @Test
    void aRegimentFarmIsWithinTheXpccUnitThatRunsItNotTheCountyItLiesIn() {
        assertEquals("660000", hierarchy.provincialUnitOf("650203530"));
        assertTrue(hierarchy.isWithin("650203530", "659001"));
        assertTrue(hierarchy.isWithin("650203530", "660000"));
        assertFalse(hierarchy.isWithin("650203530", "650203"));
        assertFalse(hierarchy.isWithin("650203530", "650000"));
        assertEquals("320000", hierarchy.provincialUnitOf("320102001")); // any other township: its code's province
    }
}
