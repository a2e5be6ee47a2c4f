package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.draft;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.etag;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.mediaItem;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.units;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Reports: the ETag of a change is the next If-Match, a change without If-Match is 428, If-None-Match gives 304, and
 * two simultaneous submits or extension requests give one success and one 409, never a 500. The database decides
 * the races (unique report_version_once, unique deadline_extension_one_open).
 */
@QuarkusTest
class ConcurrencyControlTest {

    private static final String REPORT = "/api/v1/reports/{id}";
    private static final int ROUNDS = 4;

    @Test
    void aReportChangeWithoutIfMatchIs428AndTheAnsweredEtagIsTheNextIfMatch() {
        String id = obligation(publishedCampaign("2022-10-14"), JIANGSU);
        String before = etag(id, JIANGSU);
        province(JIANGSU).body(draft()).put(REPORT, id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://certification-campaigns.samr.gov.cn/problems/precondition-required"))
                .body("detail", containsString("send its ETag in If-Match"));
        assertEquals(before, etag(id, JIANGSU));

        String first = province(JIANGSU).header("If-Match", before).body(draft()).put(REPORT, id)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, first);
        assertEquals(first, etag(id, JIANGSU));
        Map<String, Object> changed = draft();
        changed.put("narrative", Map.of("done", "全省开展活动43场"));
        province(JIANGSU).header("If-Match", first).body(changed).put(REPORT, id).then().statusCode(200)
                .body("content.narrative.done", equalTo("全省开展活动43场"));

        String current = etag(id, JIANGSU);
        province(JIANGSU).header("If-None-Match", current).get(REPORT, id)
                .then().statusCode(304).header("ETag", current).body(emptyString());
        province(JIANGSU).header("If-None-Match", first).get(REPORT, id).then().statusCode(200);
    }

    @Test
    void twoSimultaneousSubmitsGiveOneSuccessAndOne409() throws Exception {
        UUID campaign = publishedCampaign("2022-10-14");
        for (String unit : units().subList(0, ROUNDS)) {
            String id = obligation(campaign, unit);
            saveDraft(id, unit);
            List<Integer> statuses = race(() -> province(unit).post(REPORT + "/submit", id));
            assertEquals(List.of(200, 409), statuses, "round for " + unit);
            province(unit).get(REPORT + "/versions", id).then().statusCode(200).body("$", hasSize(1));
        }
    }

    @Test
    void twoSimultaneousExtensionRequestsGiveOneSuccessAndOne409() throws Exception {
        UUID campaign = publishedCampaign("2022-10-14");
        for (String unit : units().subList(0, ROUNDS)) {
            String id = obligation(campaign, unit);
            List<Integer> statuses = race(() -> province(unit)
                    .body(Map.of("deadline", "2022-10-21", "reason", "汛期推迟了部分活动"))
                    .post("/api/v1/obligations/{id}/extensions", id));
            assertEquals(List.of(201, 409), statuses, "round for " + unit);
            province(unit).get("/api/v1/obligations/{id}/extensions", id).then().statusCode(200)
                    .body("$", hasSize(1));
        }
    }

    /** +584556079-01-01 went through java.sql.Date's epoch milliseconds and was stored as 2029-09-30. */
    @Test
    void aMediaItemDateOutsideTheRangeIsRefusedAndNothingIsStored() {
        String id = obligation(publishedCampaign("2022-10-14"), JIANGSU);
        for (String date : List.of("+584556079-01-01", "1999-12-31", "2101-01-01")) {
            Map<String, Object> item = mediaItem("https://www.xhby.net/news/2022/0920.html");
            item.put("publishedOn", date);
            province(JIANGSU).body(item).post(REPORT + "/media", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("publishedOn"));
        }
        Map<String, Object> item = mediaItem("https://www.xhby.net/news/2022/0920.html");
        item.put("reach", 2_000_000_001L);
        province(JIANGSU).body(item).post(REPORT + "/media", id)
                .then().statusCode(400).body("errors.field", contains("reach"));
        province(JIANGSU).get(REPORT + "/media", id).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aFigureBeyondTheDomainIsRefusedAndTheDraftKeepsItsFigures() {
        String id = obligation(publishedCampaign("2022-10-14"), JIANGSU);
        saveDraft(id, JIANGSU);
        String before = etag(id, JIANGSU);
        Map<String, Object> body = draft();
        body.put("statistics", Map.of("participants", 2_000_000_001L));
        province(JIANGSU).header("If-Match", before).body(body).put(REPORT, id)
                .then().statusCode(400).body("errors.field", contains("statistics.participants"));
        assertEquals(before, etag(id, JIANGSU));
    }

    /** Sends the request twice at the same moment; the statuses, sorted. */
    private static List<Integer> race(Supplier<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.get().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> one : both) {
            statuses.add(one.get(60, TimeUnit.SECONDS));
        }
        return statuses.stream().sorted().toList();
    }
}
