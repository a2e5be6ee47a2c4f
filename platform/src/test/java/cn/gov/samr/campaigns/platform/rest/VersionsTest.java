package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void ifMatchNamesOneStrongVersion() {
        assertEquals(3L, Versions.ifMatch("\"3\""));
        assertEquals(3L, Versions.ifMatch(" \"3\" "));
        assertNull(Versions.ifMatch("*"));
        assertNull(Versions.ifMatch(null));
        assertEquals(-1L, Versions.ifMatch("W/\"3\""), "If-Match compares strongly");
        assertEquals(-1L, Versions.ifMatch("\"abc\""));
        assertEquals(-1L, Versions.ifMatch("\"3\", \"4\""));
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWithHowToGetTheEtag() {
        PreconditionRequiredProblem missing = assertThrows(PreconditionRequiredProblem.class,
                () -> Versions.required(null, "campaign"));
        assertTrue(missing.getMessage().contains("GET the resource and send its ETag in If-Match"));
        assertThrows(PreconditionRequiredProblem.class, () -> Versions.required("  ", "report"));
        assertNull(Versions.required("*", "report"));
        assertEquals(7L, Versions.required("\"7\"", "report"));
    }

    @Test
    void entityTagListsKeepQuotedCommasAndWeakness() {
        assertEquals(List.of("\"a,b\"", "W/\"3\"", "*"), EntityTags.parse("\"a,b\", W/\"3\" ,*"));
        assertEquals("3", EntityTags.opaque("W/\"3\""));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.noneMatchHolds("W/\"3\"", "3"));
        assertTrue(EntityTags.noneMatchHolds("\"1\", \"3\"", "3"));
        assertTrue(EntityTags.noneMatchHolds("*", "3"));
        assertFalse(EntityTags.noneMatchHolds("\"30\"", "3"));
        assertFalse(EntityTags.noneMatchHolds("", "3"));
    }
}
