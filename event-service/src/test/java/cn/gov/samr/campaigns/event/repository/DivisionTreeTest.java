package cn.gov.samr.campaigns.event.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DivisionTreeTest {

    @Inject
    DivisionTree tree;

    /** What Jurisdiction gets injected: the table-backed tree, not the platform's code-prefix default. */
    @Inject
    DivisionHierarchy hierarchy;

    @Test
    void aCountyIsWithinItsCityAndItsProvince() {
        assertTrue(tree.isWithin("320102", "320102"));
        assertTrue(tree.isWithin("320102", "320100"));
        assertTrue(tree.isWithin("320102", "320000"));
        assertTrue(tree.isWithin("320100", "320000"));
    }

    @Test
    void nothingIsWithinADivisionBesideOrBelowIt() {
        assertFalse(tree.isWithin("330502", "320000"));
        assertFalse(tree.isWithin("330502", "320100"));
        assertFalse(tree.isWithin("320000", "320100"));
        assertFalse(tree.isWithin("320000", "320102"));
    }

    /**
     * 石河子市: GB/T 2260 files it under Xinjiang (659000, 650000); the notice counts it under the XPCC, and a division
     * is never within a scope of another provincial unit.
     */
    @Test
    void theXpccsCitiesAreWithinTheXpccNotWithinXinjiang() {
        assertTrue(tree.isWithin("659001", "660000"));
        assertFalse(tree.isWithin("659001", "650000"));
        assertFalse(tree.isWithin("659001", "659000"));
        assertFalse(tree.isWithin("650102", "660000"));
        assertFalse(tree.isWithin("660000", "650000"));
    }

    /** 兵团六十一团 lies in 霍城县 (Ili) and is run by the 4th division's city, 可克达拉市. */
    @Test
    void aRegimentFarmIsWithinTheXpccUnitThatRunsItNotTheCountyItLiesIn() {
        assertTrue(tree.isWithin("654004505", "659008"));
        assertTrue(tree.isWithin("654004505", "660000"));
        assertFalse(tree.isWithin("654004505", "654004"));
        assertFalse(tree.isWithin("654004505", "654000"));
        assertFalse(tree.isWithin("654004505", "650000"));
        assertFalse(tree.isWithin("654004505", "659001"));
    }

    @Test
    void unknownCodesAreWithinNothing() {
        assertFalse(tree.isWithin("999999", "999999"));
        assertFalse(tree.isWithin("320199", "320100"));
        assertFalse(tree.isWithin("999999", "320000"));
        assertFalse(tree.isWithin("320102", "999999"));
        assertFalse(tree.isWithin("32", "32"));
        assertFalse(tree.isWithin("", ""));
        assertFalse(tree.isWithin(null, "320000"));
        assertFalse(tree.isWithin("320102", null));
    }

    @Test
    void theJurisdictionCheckAsksTheTable() {
        // The code-prefix default would answer false: 659001 does not start with 66.
        assertTrue(hierarchy.isWithin("659001", "660000"));
        assertFalse(hierarchy.isWithin("320199", "320000"));
    }
}
