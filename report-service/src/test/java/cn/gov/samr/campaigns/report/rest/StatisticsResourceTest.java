package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.messaging.ActivityEvents.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.report.messaging.ActivityChanged;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.messaging.CampaignEvents;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Shipment;
import cn.gov.samr.campaigns.report.service.StatisticsService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A campaign whose deadline (2022-10-14) has passed: Jiangsu reported on time and was accepted, Zhejiang late,
 * the other 30 units are missing; Jiangsu held a lecture and received posters.
 */
@QuarkusTest
class StatisticsResourceTest {

    private static final UUID CAMPAIGN = UUID.randomUUID();
    private static final String JIANGSU = "320000";
    private static final String ZHEJIANG = "330000";
    private static final String PATH = "/api/v1/statistics/campaigns/{campaign}";

    @Inject
    EntityManager em;

    @Inject
    StatisticsService service;

    @BeforeAll
    static void aCampaignWithReportsAndFigures() {
        CampaignEvents.sendPublished(CAMPAIGN, UUID.randomUUID().toString());
        Activity lecture = Activity.published(CAMPAIGN, JIANGSU, "knowledge-lecture", "schools");
        send(ActivityChanged.SCHEDULED, lecture);
        send(ActivityChanged.COMPLETED, lecture.completed(150, 4));
        Shipment posters = Shipment.to(CAMPAIGN, JIANGSU);
        posters.dispatch(100, 0);
        posters.receive(100, 97, 3);
    }

    @Test
    void theNationalOfficeSeesEveryUnitWithItsFiguresAndTheReportsCompletenessAndTimeliness() {
        awaitFiguresAndReports();
        as("national-admin", null).get(PATH, CAMPAIGN).then().statusCode(200)
                .body("units", hasSize(32))
                .body("completeness.expected", equalTo(32))
                .body("completeness.submitted", equalTo(2))
                .body("completeness.accepted", equalTo(1))
                .body("completeness.onTime", equalTo(1))
                .body("completeness.late", equalTo(1))
                .body("completeness.missing", equalTo(30))
                .body("completeness.pending", equalTo(0))
                .body("completeness.completenessRate", equalTo(0.0625f))
                .body("completeness.timelinessRate", equalTo(0.03125f))
                .body("national.activities", equalTo(1))
                .body("national.participants", equalTo(150))
                .body("national.copiesReceived", equalTo(97))
                .body("national.activitiesBySetting.schools", equalTo(1))
                .body("units.find { it.provincialUnit == '320000' }.reportStatus", equalTo("accepted"))
                .body("units.find { it.provincialUnit == '320000' }.timeliness", equalTo("on-time"))
                .body("units.find { it.provincialUnit == '320000' }.figures.mediaItems", equalTo(4))
                .body("units.find { it.provincialUnit == '320000' }.nameZh", equalTo("单位320000"))
                .body("units.find { it.provincialUnit == '330000' }.timeliness", equalTo("late"))
                .body("units.find { it.provincialUnit == '110000' }.timeliness", equalTo("missing"))
                .body("units.find { it.provincialUnit == '110000' }.figures.activities", equalTo(0));
    }

    @Test
    void theServiceTheExportsCallGivesTheEndpointsFigures() {
        awaitFiguresAndReports();
        var statistics = service.forCampaign(CAMPAIGN);
        assertEquals(32, statistics.units().size());
        assertEquals(JIANGSU, statistics.units().get(9).provincialUnit(), "units in division-code order");
        assertEquals(150, statistics.national().participants());
        assertEquals(2, statistics.completeness().submitted());
    }

    @Test
    void aProvincialOfficerSeesTheNationalTotalsAndOnlyItsOwnUnit() {
        awaitFiguresAndReports();
        as("provincial-officer", ZHEJIANG).get(PATH, CAMPAIGN).then().statusCode(200)
                .body("units.provincialUnit", contains(ZHEJIANG))
                .body("national.participants", equalTo(150))
                .body("completeness.expected", equalTo(32));
        as("provincial-officer", ZHEJIANG).get(PATH + "/units/" + ZHEJIANG, CAMPAIGN).then().statusCode(200)
                .body("timeliness", equalTo("late")).body("figures.activities", equalTo(0));
        as("provincial-officer", ZHEJIANG).get(PATH + "/units/" + JIANGSU, CAMPAIGN).then().statusCode(403);
        as("national-admin", null).get(PATH + "/units/" + JIANGSU, CAMPAIGN).then().statusCode(200)
                .body("figures.participants", equalTo(150));
    }

    @Test
    void aPartnerReadsTheNationalTotalsOnceTheDeadlineHasPassedAndNoUnitRows() {
        awaitFiguresAndReports();
        as("partner", null).get(PATH, CAMPAIGN).then().statusCode(200)
                .body("units", hasSize(0))
                .body("national.participants", equalTo(150))
                .body("completeness.late", equalTo(1));
        as("partner", null).get(PATH + "/units/" + JIANGSU, CAMPAIGN).then().statusCode(403);

        UUID upcoming = UUID.randomUUID();
        CampaignEvents.kafka().sendCloudEvent(CampaignEvents.TOPIC, upcoming.toString(), UUID.randomUUID().toString(),
                "CampaignPublished", CampaignEvents.published(upcoming, "2099-10-14"));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("national-admin", null).get(PATH, upcoming)
                .statusCode() == 200);
        as("national-admin", null).get(PATH, upcoming).then().body("completeness.pending", equalTo(32));
        as("partner", null).get(PATH, upcoming).then().statusCode(403);
    }

    @Test
    void unknownCampaignsAndUnitsAreNotFoundAndABadUnitCodeIsNamed() {
        as("national-admin", null).get(PATH, UUID.randomUUID()).then().statusCode(404);
        as("national-admin", null).get(PATH + "/units/12345", CAMPAIGN).then().statusCode(400)
                .body("errors.field", hasItem("provincialUnit"));
        given().get(PATH, CAMPAIGN).then().statusCode(401);
        as("local-officer", "320100").get(PATH, CAMPAIGN).then().statusCode(403);
    }

    /** Waits for the events, then records the two reports as h3's workflow will (first submission, acceptance). */
    private void awaitFiguresAndReports() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var body = as("national-admin", null).get(PATH, CAMPAIGN).then().extract();
            return body.statusCode() == 200 && Integer.valueOf(32).equals(body.path("units.size()"))
                    && Integer.valueOf(97).equals(body.path("national.copiesReceived"))
                    && Integer.valueOf(150).equals(body.path("national.participants"));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            report(JIANGSU, "2022-10-14T23:59:59+08:00", "ACCEPTED");
            report(ZHEJIANG, "2022-10-15T00:00:00+08:00", "SUBMITTED");
        });
    }

    private void report(String unit, String firstSubmittedAt, String status) {
        em.createNativeQuery("update obligation set first_submitted_at = cast(?1 as timestamptz), status = ?2"
                + " where campaign_id = ?3 and division_code = ?4")
                .setParameter(1, firstSubmittedAt).setParameter(2, status).setParameter(3, CAMPAIGN)
                .setParameter(4, unit).executeUpdate();
    }

    private static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division));
    }
}
