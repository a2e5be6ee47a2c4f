package cn.gov.samr.campaigns.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The headers of binary mode, as docs/asyncapi.yaml describes them. */
class CloudEventTest {

    @Test
    void ceTimeIsRfc3339EvenOnTheMinute() {
        Headers headers = new RecordHeaders();
        new CloudEvent("e1", "/test", "T", OffsetDateTime.parse("2022-09-19T01:00:00Z"), "s1", "{}").writeTo(headers);
        assertEquals("2022-09-19T01:00:00Z", header(headers, "ce_time"));

        headers = new RecordHeaders();
        new CloudEvent("e1", "/test", "T", OffsetDateTime.parse("2022-09-19T01:00:00.123456Z"), "s1", "{}")
                .writeTo(headers);
        assertEquals("2022-09-19T01:00:00.123456Z", header(headers, "ce_time"));
    }

    @Test
    void everyAttributeIsOneHeaderAndAbsentOnesAreLeftOut() {
        Headers headers = new RecordHeaders();
        headers.add("ce_type", "Old".getBytes(StandardCharsets.UTF_8));
        new CloudEvent("e1", "/event-service", "CampaignPublished", null, null, "{}").writeTo(headers);
        assertEquals("1.0", header(headers, "ce_specversion"));
        assertEquals("e1", header(headers, "ce_id"));
        assertEquals("/event-service", header(headers, "ce_source"));
        assertEquals("CampaignPublished", header(headers, "ce_type"));
        assertEquals(5, headers.toArray().length, "one header per attribute, the old ce_type replaced: " + headers);
        assertEquals("application/json", header(headers, "content-type"));
        assertNull(headers.lastHeader("ce_time"));
        assertNull(headers.lastHeader("ce_subject"));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
