package cn.gov.samr.campaigns.platform.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The named parameters of a native query become JDBC's positional ones, in order, a collection one per element. */
class SqlRowsTest {

    @Test
    void namedParametersBecomePositionalInTheirOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", 51);
        params.put("campaign", "c");
        params.put("divisions", new LinkedHashSet<>(List.of("320102", "320104")));
        List<Object> values = new ArrayList<>();
        String sql = SqlRows.positional("select a.id from activity a where a.c = :campaign and a.d in (:divisions)"
                + " and a.t like :campaign escape '\\' and x = ':notAParameter' and y::text = 'it''s :no'"
                + " limit :limit", params, values);
        assertEquals("select a.id from activity a where a.c = ? and a.d in (?, ?) and a.t like ? escape '\\'"
                + " and x = ':notAParameter' and y::text = 'it''s :no' limit ?", sql);
        assertEquals(List.of("c", "320102", "320104", "c", 51), values);
    }

    @Test
    void anEmptyCollectionMatchesNothingAndAMissingValueIsRefused() {
        List<Object> values = new ArrayList<>();
        assertEquals("a in (null)", SqlRows.positional("a in (:none)", Map.of("none", Set.of()), values));
        assertEquals(List.of(), values);
        assertThrows(IllegalArgumentException.class, () -> SqlRows.positional("a = :b", Map.of(), values));
    }
}
