package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.awaitEvent;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.draft;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.etag;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.mediaItem;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.report.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** A report from draft to acceptance, over HTTP, with its versions and its events on the real broker. */
@QuarkusTest
class ReportWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftSubmitReturnResubmitAccept() throws Exception {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, JIANGSU);

        province(JIANGSU).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("obligation.status", equalTo("not-started"))
                .body("obligation.timeliness", equalTo("missing")); // real time is long after 2022

        String etag = etag(id, JIANGSU);
        String saved = province(JIANGSU).header("If-Match", etag).body(draft()).put("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("obligation.status", equalTo("draft"))
                .body("content.narrative.done", equalTo("全省开展有机产品认证宣传活动42场"))
                .body("content.statistics.figure", contains("activities", "mediaItems", "participants"))
                .body("content.statistics[2].reported", equalTo(5300))
                .body("content.statistics[2].projected", equalTo(0)) // pre-filled: no activity was projected
                .body("content.statistics[2].difference", equalTo(5300))
                .extract().header("ETag");
        assertNotEquals(etag, saved, "an edit makes a new version");
        province(JIANGSU).body(mediaItem("https://www.xhby.net/news/2022/0920.html"))
                .post("/api/v1/reports/{id}/media", id).then().statusCode(201);

        clock.setChina("2022-10-14T10:00");
        province(JIANGSU).post("/api/v1/reports/{id}/submit", id).then().statusCode(200)
                .body("obligation.status", equalTo("submitted"))
                .body("obligation.timeliness", equalTo("on-time"));
        JsonNode submitted = body(awaitEvent(id, "ReportSubmitted"));
        assertEquals(1, submitted.get("version").asInt());
        assertEquals(JIANGSU, submitted.get("provincialUnit").asText());
        assertEquals("2022-10-14", submitted.get("deadline").asText());

        clock.setChina("2022-10-16T09:00");
        national().body(Map.of("comments", "请补充媒体报道的传播量")).post("/api/v1/reports/{id}/return", id)
                .then().statusCode(200).body("obligation.status", equalTo("returned"));
        assertEquals("请补充媒体报道的传播量", body(awaitEvent(id, "ReportReturned")).get("comments").asText());

        Map<String, Object> corrected = draft();
        ((Map<String, Object>) corrected.get("statistics")).put("mediaItems", 3);
        province(JIANGSU).header("If-Match", etag(id, JIANGSU)).body(corrected).put("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("obligation.status", equalTo("returned"));
        clock.setChina("2022-10-18T09:00"); // after the deadline: still on time, judged on the first submission
        province(JIANGSU).post("/api/v1/reports/{id}/submit", id).then().statusCode(200)
                .body("obligation.status", equalTo("resubmitted"))
                .body("obligation.timeliness", equalTo("on-time"));
        assertEquals("resubmitted", body(awaitEvent(id, "ReportSubmitted", "\"version\":2")).get("status").asText());

        national().body(Map.of()).post("/api/v1/reports/{id}/accept", id).then().statusCode(200)
                .body("obligation.status", equalTo("accepted"))
                .body("obligation.acceptedAt", equalTo("2022-10-18T09:00:00.000+08:00"));
        assertEquals("accepted", body(awaitEvent(id, "ReportAccepted")).get("status").asText());

        national().get("/api/v1/reports/{id}/versions", id).then().statusCode(200)
                .body("number", contains(1, 2))
                .body("outcome", contains("returned", "accepted"))
                .body("[0].reviewComments", equalTo("请补充媒体报道的传播量"))
                .body("[0].submittedAt", equalTo("2022-10-14T10:00:00.000+08:00"));
        province(JIANGSU).get("/api/v1/reports/{id}/versions/1", id).then().statusCode(200)
                .body("content.statistics.reported", contains(42, 0, 5300))
                .body("content.mediaItems[0].url", equalTo("https://www.xhby.net/news/2022/0920.html"))
                .body("content.narrative.problems", equalTo("基层宣传力量不足"));
        province(JIANGSU).get("/api/v1/reports/{id}/versions/2", id).then().statusCode(200)
                .body("content.statistics.reported", contains(42, 3, 5300));
    }

    @Test
    void theNationalOfficeSeesEveryReportAndAProvinceOnlyItsOwn() {
        UUID campaign = publishedCampaign("2022-10-14");
        String jiangsu = obligation(campaign, JIANGSU);
        national().get("/api/v1/reports/{id}", jiangsu).then().statusCode(200)
                .body("obligation.division.code", equalTo(JIANGSU));
        province(ReportFixtures.ZHEJIANG).get("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        province(JIANGSU).get("/api/v1/reports/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private static JsonNode body(ConsumerRecord<String, String> record) throws Exception {
        return JSON.readTree(record.value());
    }
}
