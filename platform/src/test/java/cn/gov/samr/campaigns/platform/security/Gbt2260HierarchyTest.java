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
}
