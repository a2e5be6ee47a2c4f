package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.as;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.draft;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.etag;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.mediaItem;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every refusal of the report and extension endpoints: jurisdiction, role, state, input and stale versions. */
@QuarkusTest
class ReportRefusalsTest {

    private static UUID campaign;
    private String jiangsu;

    @BeforeEach
    void aCampaignIsPublished() {
        if (campaign == null) {
            campaign = publishedCampaign("2022-10-14");
        }
        jiangsu = obligation(campaign, JIANGSU);
    }

    @Test
    void anotherProvinceIsRefused() {
        province(ZHEJIANG).get("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        province(ZHEJIANG).body(draft()).put("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        province(ZHEJIANG).post("/api/v1/reports/{id}/submit", jiangsu).then().statusCode(403);
        province(ZHEJIANG).body(mediaItem("https://a.example/x")).post("/api/v1/reports/{id}/media", jiangsu)
                .then().statusCode(403);
        province(ZHEJIANG).body(Map.of("deadline", "2022-10-20", "reason", "疫情"))
                .post("/api/v1/obligations/{id}/extensions", jiangsu).then().statusCode(403);
        province(ZHEJIANG).get("/api/v1/obligations/{id}/extensions", jiangsu).then().statusCode(403);
        province(JIANGSU).get("/api/v1/reports/{id}", jiangsu).then().statusCode(200)
                .body("obligation.status", equalTo("not-started")); // nothing was written
    }

    @Test
    void theWrongRoleIsRefused() {
        as("partner", null).get("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        as("local-officer", "320100").get("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        national().body(draft()).put("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        national().post("/api/v1/reports/{id}/submit", jiangsu).then().statusCode(403);
        province(JIANGSU).body(Map.of("comments", "x")).post("/api/v1/reports/{id}/return", jiangsu)
                .then().statusCode(403);
        province(JIANGSU).body(Map.of()).post("/api/v1/reports/{id}/accept", jiangsu).then().statusCode(403);
        national().body(Map.of("deadline", "2022-10-20", "reason", "x"))
                .post("/api/v1/obligations/{id}/extensions", jiangsu).then().statusCode(403);
        province(JIANGSU).body(Map.of()).post("/api/v1/obligations/{id}/extensions/{e}/grant", jiangsu,
                UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        String id = obligation(campaign, "110000");
        province("110000").post("/api/v1/reports/{id}/submit", id).then().statusCode(409)
                .body("type", equalTo("https://certification-campaigns.samr.gov.cn/problems/conflict"));
        saveDraft(id, "110000");
        national().body(Map.of()).post("/api/v1/reports/{id}/accept", id).then().statusCode(409);
        national().body(Map.of("comments", "x")).post("/api/v1/reports/{id}/return", id).then().statusCode(409);

        province("110000").post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        province("110000").post("/api/v1/reports/{id}/submit", id).then().statusCode(409);
        province("110000").header("If-Match", "*").body(draft()).put("/api/v1/reports/{id}", id).then().statusCode(409);
        province("110000").body(mediaItem("https://a.example/y")).post("/api/v1/reports/{id}/media", id)
                .then().statusCode(409);
        province("110000").body(Map.of("deadline", "2022-10-20", "reason", "x"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(409);

        national().body(Map.of()).post("/api/v1/reports/{id}/accept", id).then().statusCode(200);
        national().body(Map.of("comments", "x")).post("/api/v1/reports/{id}/return", id).then().statusCode(409);
        province("110000").header("If-Match", "*").body(draft()).put("/api/v1/reports/{id}", id).then().statusCode(409);
    }

    @Test
    void anExtensionIsDecidedOnce() {
        String id = obligation(campaign, "120000");
        String extension = province("120000").body(Map.of("deadline", "2022-10-20", "reason", "疫情封控"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(201).extract().path("id");
        province("120000").body(Map.of("deadline", "2022-10-22", "reason", "again"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(409);
        national().body(Map.of("note", "不同意")).post("/api/v1/obligations/{id}/extensions/{e}/refuse", id, extension)
                .then().statusCode(200).body("status", equalTo("refused"));
        national().body(Map.of()).post("/api/v1/obligations/{id}/extensions/{e}/grant", id, extension)
                .then().statusCode(409);
        province("120000").get("/api/v1/obligations/{id}/extensions", id).then().statusCode(200)
                .body("status", contains("refused"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputNamesTheField() {
        String id = obligation(campaign, "130000");
        Map<String, Object> body = draft();
        ((Map<String, Object>) body.get("statistics")).put("participants", -1);
        ((Map<String, Object>) body.get("statistics")).put("visitors", 3);
        province("130000").body(body).put("/api/v1/reports/{id}", id).then().statusCode(400)
                .body("errors.field", contains("statistics.participants", "statistics.visitors"));
        Map<String, Object> noNarrative = new HashMap<>(draft());
        noNarrative.remove("narrative");
        province("130000").body(noNarrative).put("/api/v1/reports/{id}", id).then().statusCode(400)
                .body("errors.field", contains("narrative"));

        Map<String, Object> badUrl = mediaItem("javascript:alert(1)");
        province("130000").body(badUrl).post("/api/v1/reports/{id}/media", id).then().statusCode(400)
                .body("errors.field", contains("url"));
        Map<String, Object> badMedium = mediaItem("https://a.example/z");
        badMedium.put("medium", "radio");
        province("130000").body(badMedium).post("/api/v1/reports/{id}/media", id).then().statusCode(400)
                .body("errors.field", contains("medium"));
        Map<String, Object> noLevel = mediaItem("https://a.example/z");
        noLevel.remove("level");
        province("130000").body(noLevel).post("/api/v1/reports/{id}/media", id).then().statusCode(400)
                .body("errors.field", contains("level"));

        Map<String, Object> nothingDone = draft();
        nothingDone.put("narrative", Map.of("problems", "none"));
        province("130000").header("If-Match", etag(id, "130000")).body(nothingDone).put("/api/v1/reports/{id}", id).then().statusCode(200);
        province("130000").post("/api/v1/reports/{id}/submit", id).then().statusCode(400)
                .body("errors.field", contains("narrative.done"));

        province("130000").body(Map.of("deadline", "2022-10-20"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(400)
                .body("errors.field", contains("reason"));
        province("130000").body(Map.of("deadline", "2022-10-14", "reason", "x"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(400)
                .body("errors.field", contains("deadline"));

        saveDraft(id, "130000");
        province("130000").post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        national().body(Map.of("comments", " ")).post("/api/v1/reports/{id}/return", id).then().statusCode(400)
                .body("errors.field", contains("comments"));
        national().get("/api/v1/reports/{id}", id).then().body("obligation.status", equalTo("submitted"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = obligation(campaign, "140000");
        String read = etag(id, "140000");
        province("140000").header("If-Match", read).body(draft()).put("/api/v1/reports/{id}", id)
                .then().statusCode(200);
        Map<String, Object> other = draft();
        other.put("narrative", Map.of("done", "overwritten"));
        province("140000").header("If-Match", read).body(other).put("/api/v1/reports/{id}", id)
                .then().statusCode(412);
        province("140000").header("If-Match", read).post("/api/v1/reports/{id}/submit", id).then().statusCode(412);
        province("140000").get("/api/v1/reports/{id}", id).then()
                .body("content.narrative.done", equalTo("全省开展有机产品认证宣传活动42场"))
                .body("obligation.status", equalTo("draft"));
    }
}
