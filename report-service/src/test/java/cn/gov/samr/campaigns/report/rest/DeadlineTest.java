package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.awaitEvent;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.TestClock;
import cn.gov.samr.campaigns.report.messaging.CampaignEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Timeliness through the workflow at the edges of the deadline day in Asia/Shanghai, after an extension, and when
 * the campaign moves its deadline over a granted extension.
 */
@QuarkusTest
class DeadlineTest {

    @Inject
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    @Test
    void asubmissionAt2359OnTheDeadlineDayIsOnTimeAndOneAt0001TheNextDayLate() {
        UUID campaign = publishedCampaign("2022-10-14");
        String onTime = submitAt(campaign, "310000", "2022-10-14T23:59");
        String late = submitAt(campaign, "340000", "2022-10-15T00:01");

        province("310000").get("/api/v1/reports/{id}", onTime).then()
                .body("obligation.timeliness", equalTo("on-time"))
                .body("obligation.firstSubmittedAt", equalTo("2022-10-14T23:59:00.000+08:00"));
        province("340000").get("/api/v1/reports/{id}", late).then().body("obligation.timeliness", equalTo("late"));
        assertTrue(awaitEvent(onTime, "ReportSubmitted").value().contains("on-time"));
        assertTrue(awaitEvent(late, "ReportSubmitted").value().contains("late"));
    }

    @Test
    void nothingSubmittedIsPendingAt2359AndMissingAt0001() {
        UUID campaign = publishedCampaign("2022-10-14");
        clock.setChina("2022-10-14T23:59");
        national().queryParam("campaign", campaign).queryParam("division", "350000").get("/api/v1/obligations")
                .then().body("items[0].timeliness", equalTo("pending"));
        clock.setChina("2022-10-15T00:01");
        national().queryParam("campaign", campaign).queryParam("division", "350000").get("/api/v1/obligations")
                .then().body("items[0].timeliness", equalTo("missing"));
    }

    @Test
    void aGrantedExtensionMakesASubmissionAfterTheOriginalDeadlineOnTime() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, "360000");
        clock.setChina("2022-10-12T10:00");
        String extension = province("360000").body(Map.of("deadline", "2022-10-21", "reason", "疫情封控,活动延后举办"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(201)
                .body("status", equalTo("requested")).extract().path("id");
        national().body(Map.of("note", "同意延期")).post("/api/v1/obligations/{id}/extensions/{e}/grant", id, extension)
                .then().statusCode(200).body("status", equalTo("granted"))
                .body("grantedDeadline", equalTo("2022-10-21"));
        String extended = awaitEvent(id, "DeadlineExtended").value().replace(" ", "");
        assertTrue(extended.contains("\"previousDeadline\":\"2022-10-14\""), extended);
        assertTrue(extended.contains("\"newDeadline\":\"2022-10-21\""), extended);

        submitAt(campaign, "360000", "2022-10-21T23:59");
        province("360000").get("/api/v1/reports/{id}", id).then()
                .body("obligation.deadline", equalTo("2022-10-21"))
                .body("obligation.originalDeadline", equalTo("2022-10-14"))
                .body("obligation.timeliness", equalTo("on-time"));
        province("360000").get("/api/v1/obligations/{id}/extensions", id).then().statusCode(200)
                .body("status", contains("granted")).body("[0].reason", equalTo("疫情封控,活动延后举办"));
    }

    @Test
    void afterAnExtension0001TheDayAfterItIsLate() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, "370000");
        grant(id, "370000", "2022-10-21");
        submitAt(campaign, "370000", "2022-10-22T00:01");
        province("370000").get("/api/v1/reports/{id}", id).then().body("obligation.timeliness", equalTo("late"));
    }

    @Test
    void aMovedCampaignDeadlineKeepsTheLaterOfItAndAGrantedExtension() {
        UUID campaign = publishedCampaign("2022-10-14");
        String extendedOne = obligation(campaign, "410000");
        String other = obligation(campaign, "420000");
        grant(extendedOne, "410000", "2022-10-21");

        CampaignEvents.sendDeadlineMoved(campaign, "2022-10-14", "2022-10-17");
        awaitDeadline(other, "2022-10-17");
        national().get("/api/v1/reports/{id}", extendedOne).then().body("obligation.deadline", equalTo("2022-10-21"));

        CampaignEvents.sendDeadlineMoved(campaign, "2022-10-17", "2022-10-25");
        awaitDeadline(other, "2022-10-25");
        national().get("/api/v1/reports/{id}", extendedOne).then().body("obligation.deadline", equalTo("2022-10-25"));
    }

    private void grant(String id, String division, String until) {
        String extension = province(division).body(Map.of("deadline", until, "reason", "活动延期"))
                .post("/api/v1/obligations/{id}/extensions", id).then().statusCode(201).extract().path("id");
        national().body(Map.of()).post("/api/v1/obligations/{id}/extensions/{e}/grant", id, extension)
                .then().statusCode(200);
    }

    private String submitAt(UUID campaign, String division, String chinaTime) {
        String id = obligation(campaign, division);
        saveDraft(id, division);
        clock.setChina(chinaTime);
        province(division).post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static void awaitDeadline(String id, String deadline) {
        await().atMost(Duration.ofSeconds(60)).until(() -> deadline.equals(national()
                .get("/api/v1/reports/{id}", id).then().extract().path("obligation.deadline")));
    }
}
