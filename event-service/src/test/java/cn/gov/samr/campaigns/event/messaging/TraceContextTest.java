package cn.gov.samr.campaigns.event.messaging;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A request's trace goes through the outbox: the event it wrote reaches Kafka with a {@code traceparent} of the
 * request's trace, so the consumer's span joins it. Tracing on (the SDK), exporting nowhere.
 */
@QuarkusTest
@TestProfile(TraceContextTest.Traced.class)
class TraceContextTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Test
    void theEventOfATracedRequestCarriesItsTraceId() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String campaignId = admin().body("""
                {"kind": "green-product-week",
                 "name": {"zh": "2022年全国绿色产品认证与标识宣传周"},
                 "window": {"start": "2022-09-26", "end": "2022-09-30"},
                 "reportingDeadline": "2022-10-14"}""")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");

        admin().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .post("/api/v1/campaigns/{id}/publish", campaignId).then().statusCode(200);

        ConsumerRecord<String, String> record = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers())
                .awaitRecord("campaign.events", r -> campaignId.equals(r.key())
                        && "CampaignPublished".equals(header(r, "ce_type")), Duration.ofSeconds(30));
        String traceparent = header(record, "traceparent");
        assertNotNull(traceparent, "the record carries the writer's trace context");
        String[] parts = traceparent.split("-");
        assertEquals(4, parts.length, traceparent);
        assertEquals("00", parts[0]);
        assertEquals(traceId, parts[1], "the request's trace");
        assertNotEquals(callerSpan, parts[2], "the parent is the service's own span inside the request");
        assertTrue(parts[3].equals("01"), "sampled, as the caller asked");
    }

    @Test
    void anUntracedWriteIsTracedFromTheService() {
        String campaignId = admin().body("""
                {"kind": "organic-product-week",
                 "name": {"zh": "2022年全国有机产品认证宣传周"},
                 "window": {"start": "2022-09-19", "end": "2022-09-23"},
                 "reportingDeadline": "2022-10-14"}""")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin().post("/api/v1/campaigns/{id}/publish", campaignId).then().statusCode(200);

        ConsumerRecord<String, String> record = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers())
                .awaitRecord("campaign.events", r -> campaignId.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(header(record, "traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"),
                "a trace started by the service itself: " + header(record, "traceparent"));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C Trace Context calls invalid
        return HexFormat.of().formatHex(random);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return RestAssured.given().header("Authorization", DevTokens.bearer("national-admin", null))
                .contentType(ContentType.JSON);
    }
}
