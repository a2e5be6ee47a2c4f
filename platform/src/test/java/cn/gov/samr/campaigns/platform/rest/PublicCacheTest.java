package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure parts of HTTP caching: negotiation, HTTP dates, the scopes a resource declares. */
class PublicCacheTest {

    private static final List<String> FEEDS = List.of("application/json", "text/calendar", "application/geo+json");

    @Test
    void negotiationTakesTheHighestQualityThenTheMostSpecificRangeThenTheOfferedOrder() {
        assertEquals("application/json", MediaTypes.choose(null, FEEDS));
        assertEquals("application/json", MediaTypes.choose("*/*", FEEDS));
        assertEquals("text/calendar", MediaTypes.choose("text/calendar", FEEDS));
        assertEquals("application/geo+json", MediaTypes.choose("application/json;q=0.5, application/geo+json", FEEDS));
        assertEquals("text/calendar", MediaTypes.choose("text/*, */*;q=0.1", FEEDS));
        assertEquals("text/calendar", MediaTypes.choose("*/*, text/calendar", FEEDS), "a named type beats */*");
        assertEquals("application/json", MediaTypes.choose("image/png", FEEDS), "none acceptable: the default");
        assertEquals("application/json", MediaTypes.choose("text/calendar;q=0", FEEDS), "q=0 means not acceptable");
        assertEquals("application/json", MediaTypes.choose("%%%, ;;", FEEDS), "unreadable: the default");
    }

    @Test
    void ifModifiedSinceIsAnImfFixdateAndAnythingElseIsIgnored() {
        assertEquals(Instant.parse("2022-09-19T01:02:03Z"), PublicCacheFilter.httpDate("Mon, 19 Sep 2022 01:02:03 GMT"));
        assertNull(PublicCacheFilter.httpDate("2022-09-19"));
        assertNull(PublicCacheFilter.httpDate(""));
        assertNull(PublicCacheFilter.httpDate(null));
    }

    @Test
    void scopesAreCommaSeparatedAndTrimmed() {
        assertEquals(List.of("activities", "divisions", "today"), PublicCache.scopes(" activities, divisions,,today "));
    }
}
