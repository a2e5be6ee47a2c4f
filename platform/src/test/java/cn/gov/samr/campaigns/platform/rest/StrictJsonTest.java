package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/** The strict reader on a mapper set up as Quarkus sets it up, and the field each refusal names. */
class StrictJsonTest {

    enum Format {
        ONLINE, OFFLINE
    }

    record Venue(String address, BigDecimal latitude, Double weight) {
    }

    record Ceremony(String city, LocalDate date) {
    }

    record Request(String title, int count, Integer limit, Boolean flag, UUID campaign, Format format,
            OffsetDateTime startsAt, LocalDate day, Venue venue, Ceremony launchCeremony, List<UUID> campaigns,
            Set<String> tags, Map<String, Long> statistics) {
    }

    record Event(String id, OffsetDateTime at) {
    }

    private final ObjectMapper mapper = strictMapper();

    static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aValidBodyIsRead() throws Exception {
        Request r = mapper.readValue("""
                {"title": "周\\t一\\n", "count": 3, "limit": 1e0, "flag": true,
                 "campaign": "0b0e8b8e-8f5e-4a52-9a41-3a4e0a6a2b11", "startsAt": "2022-09-19T09:00:00+08:00",
                 "day": "2100-12-31", "venue": {"latitude": 32.0603, "weight": 1}, "campaigns": [],
                 "tags": ["a"], "statistics": {"visits": 12}}""".replace("1e0", "7"), Request.class);
        assertEquals("周\t一\n", r.title());
        assertEquals(7, r.limit());
        assertEquals(new BigDecimal("32.0603"), r.venue().latitude());
        assertEquals(LocalDate.of(2100, 12, 31), r.day());
        assertEquals(1.0, r.venue().weight());
    }

    @Test
    void unknownFieldsAreNamedWithTheirPath() {
        assertRefused("{\"launchCeremony\": {\"city\": \"320100\", \"format\": \"online\"}}",
                "launchCeremony.format", "unknown field");
    }

    @Test
    void duplicateKeysAreNamed() {
        assertRefused("{\"title\": \"a\", \"venue\": {\"address\": \"x\", \"address\": \"y\"}}", "venue.address",
                "duplicate");
    }

    @Test
    void trailingContentIsRefused() {
        assertRefused("{\"count\": 1} {\"count\": 2}", "$", "after");
        assertRefused("{\"count\": 1} x", "$", "");
        assertRefused("{\"count\": 1}]", "$", "");
    }

    @Test
    void scalarsAreNotCoerced() {
        assertRefused("{\"title\": 12}", "title", "string");
        assertRefused("{\"limit\": \"12\"}", "limit", "integer");
        assertRefused("{\"limit\": 1.5}", "limit", "integer");
        assertRefused("{\"count\": null}", "count", "must not be null");
        assertRefused("{}", "count", "");
        assertRefused("{\"flag\": 1}", "flag", "");
        assertRefused("{\"flag\": \"true\"}", "flag", "");
        assertRefused("{\"format\": 0}", "format", "");
        assertRefused("{\"day\": 19000}", "day", "yyyy-MM-dd");
        assertRefused("{\"startsAt\": 1663549200}", "startsAt", "date-time");
        assertRefused("{\"campaign\": 12}", "campaign", "");
        assertRefused("{\"campaign\": \"\"}", "campaign", "");
        assertRefused("{\"limit\": \"\"}", "limit", "");
        assertRefused("{\"venue\": \"\"}", "venue", "");
        assertRefused("{\"campaigns\": \"0b0e8b8e-8f5e-4a52-9a41-3a4e0a6a2b11\"}", "campaigns", "");
    }

    @Test
    void nullInsideAListIsNamedWithItsIndex() {
        assertRefused("{\"campaigns\": [\"0b0e8b8e-8f5e-4a52-9a41-3a4e0a6a2b11\", null]}", "campaigns[1]", "");
        assertRefused("{\"tags\": [null]}", "tags[0]", "");
    }

    @Test
    void controlCharactersAreNamed() {
        assertRefused("{\"title\": \"a\\u0000b\"}", "title", "U+0000");
        assertRefused("{\"venue\": {\"address\": \"a\\rb\"}}", "venue.address", "U+000D");
        assertRefused("{\"tags\": [\"ok\", \"\\u007f\"]}", "tags[1]", "U+007F");
        assertRefused("{\"statistics\": {\"a\\u0000\": 1}}", "statistics", "U+0000");
    }

    @Test
    void datesOutsideTheYears2000To2100AreNamed() {
        assertRefused("{\"startsAt\": \"+999999999-12-31T20:00:00Z\"}", "startsAt", "2000 to 2100");
        assertRefused("{\"day\": \"+584556079-01-01\"}", "day", "2000 to 2100");
        assertRefused("{\"day\": \"1999-12-31\"}", "day", "2000 to 2100");
        assertRefused("{\"launchCeremony\": {\"date\": \"2101-01-01\"}}", "launchCeremony.date", "2000 to 2100");
        assertRefused("{\"day\": \"2022-02-30\"}", "day", "yyyy-MM-dd");
        assertRefused("{\"startsAt\": \"2022-09-19T09:00:00\"}", "startsAt", "offset");
    }

    @Test
    void numbersBeyondAnyColumnAreNamed() {
        assertRefused("{\"venue\": {\"latitude\": 1e-999999999}}", "venue.latitude", "out of range");
        assertRefused("{\"venue\": {\"latitude\": 1e999999999}}", "venue.latitude", "out of range");
        assertRefused("{\"venue\": {\"weight\": 1e999999999}}", "venue.weight", "out of range");
        assertRefused("{\"limit\": 99999999999}", "limit", "");
        assertRefused("{\"statistics\": {\"a\": 99999999999999999999}}", "statistics.a", "");
        assertRefused("{\"venue\": {\"latitude\": " + "9".repeat(400) + "}}", "venue.latitude", "out of range");
        assertRefused("{\"venue\": {\"weight\": " + "9".repeat(400) + "}}", "venue.weight", "out of range");
        assertRefused("{\"limit\": " + "9".repeat(400) + "}", "limit", "out of range");
        assertRefused("{\"venue\": {\"latitude\": " + "9".repeat(2000) + "}}", "venue", "limits");
    }

    @Test
    void malformedJsonIsTheWholeBodyWithThePosition() {
        assertRefused("{\"venue\": {\"address\": }}", "$", "line 1, column 23");
    }

    @Test
    void eventsAreReadTolerantly() throws Exception {
        Event event = StrictJson.tolerantReader(mapper, Event.class)
                .readValue("{\"id\": \"a\\rb\", \"at\": \"1999-01-01T00:00:00Z\", \"addedLater\": 1}");
        assertEquals("a\rb", event.id());
        assertEquals(1999, event.at().getYear());
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"id\": \"a\", \"addedLater\": 1}",
                Event.class));
    }

    @Test
    void theServicesOwnObjectsStillConvertToMaps() {
        Map<String, Object> plain = mapper.convertValue(new Event("line\r\nbreak", null),
                new TypeReference<Map<String, Object>>() {
                });
        assertEquals("line\r\nbreak", plain.get("id"));
        assertTrue(plain.containsKey("at"));
    }

    private void assertRefused(String json, String field, String messagePart) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(json, Request.class), json);
        FieldError error = JsonProblems.errorOf(e);
        assertEquals(field, error.field(), () -> json + " -> " + error + " (" + e + ")");
        assertTrue(error.message().contains(messagePart), () -> json + " -> " + error);
        assertInstanceOf(FieldError.class, error);
    }
}
