package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.as;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.nanjing;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.parse;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** Downloads counted per material, version, China day and provincial unit; sent as summed deltas; queried. */
@QuarkusTest
class DownloadStatisticsTest {

    @Test
    void downloadsAreCountedByUnitAndSentAsDeltasThatSumToTheCount() {
        String id = publishedReport(pdf(2_000, 20), "public");
        String file = "/api/v1/materials/" + id + "/file";
        nanjing().get(file).then().statusCode(200);
        jiangsu().header("Range", "bytes=0-0").get(file).then().statusCode(206); // a probe: not counted
        jiangsu().header("Range", "bytes=0-99").get(file).then().statusCode(206); // a probe too (short, not to the end)
        jiangsu().header("Range", "bytes=0-").get(file).then().statusCode(206); // starts a download: counted
        jiangsu().header("Range", "bytes=100-").get(file).then().statusCode(206); // resumes it: not counted
        anonymous().get(file).then().statusCode(200);
        admin().get(file).then().statusCode(200); // national: no provincial unit
        anonymous().header("If-None-Match", "*").get(file).then().statusCode(304); // not a download
        anonymous().head(file).then().statusCode(200); // not a download

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        admin().queryParam("material", id).get("/api/v1/download-statistics").then().statusCode(200)
                .body("counts.provincialUnit", contains(null, "320000"))
                .body("counts.downloads", contains(2, 2)).body("counts.day", contains(today, today))
                .body("counts.version", contains(1, 1)).body("total", equalTo(4));

        assertEquals(2, sentDownloads(id, "320000", 2));
        assertEquals(2, sentDownloads(id, null, 2));
        as("local-officer", "320500").get(file).then().statusCode(200); // another caller of the unit (Suzhou)
        assertEquals(3, sentDownloads(id, "320000", 3));
    }

    @Test
    void anOfficerSeesTheirOwnProvincialUnitOnly() {
        String id = publishedReport(pdf(1_000, 21), "public");
        nanjing().get("/api/v1/materials/" + id + "/file").then().statusCode(200);
        as("provincial-officer", "330000").get("/api/v1/materials/" + id + "/file").then().statusCode(200);

        jiangsu().queryParam("material", id).get("/api/v1/download-statistics").then().statusCode(200)
                .body("counts.provincialUnit", contains("320000"));
        jiangsu().queryParam("provincialUnit", "330000").get("/api/v1/download-statistics").then().statusCode(403);
        anonymous().get("/api/v1/download-statistics").then().statusCode(401);
        as("partner", null).get("/api/v1/download-statistics").then().statusCode(403);
    }

    @Test
    void badFiltersAreNamed() {
        admin().queryParam("from", "2022-13-01").queryParam("provincialUnit", "3201").get("/api/v1/download-statistics")
                .then().statusCode(400).body("errors.field", contains("from", "provincialUnit"));
        admin().queryParam("from", "2022-09-20").queryParam("to", "2022-09-19").get("/api/v1/download-statistics")
                .then().statusCode(400).body("errors.field", contains("to"));
        admin().get("/api/v1/materials/fetches").then().statusCode(400).body("errors.field", contains("provincialUnit"));
    }

    /**
     * Sums the MaterialDownloaded deltas of the material and unit on the real broker until they reach
     * {@code expected}; whether the job sent them in one event or several, the sum is the count.
     */
    private static long sentDownloads(String materialId, String unit, long expected) {
        AtomicLong sum = new AtomicLong();
        MaterialFixtures.kafka().awaitRecord(MaterialFixtures.TOPIC, r -> {
            if (!materialId.equals(r.key()) || !"MaterialDownloaded".equals(KafkaTestClient.header(r, "ce_type"))) {
                return false;
            }
            JsonNode event = parse(r.value());
            // anonymous and national downloads carry no provincial unit: the field is left out, never null
            boolean sameUnit = unit == null ? !event.has("provincialUnit")
                    : unit.equals(event.path("provincialUnit").asText());
            if (sameUnit) {
                assertEquals(1, event.get("version").asInt());
                sum.addAndGet(event.get("downloads").asLong());
            }
            return sum.get() >= expected;
        }, Duration.ofSeconds(60));
        return sum.get();
    }
}
