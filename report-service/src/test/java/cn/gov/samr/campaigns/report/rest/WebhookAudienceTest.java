package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.report.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * report-service's webhooks follow the one reporting rule (ReportingVisibility): a partner sees national totals only,
 * never a province's rows, so no province's reporting step is pushed to it, before the deadline or after.
 */
@QuarkusTest
class WebhookAudienceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    private static RequestSpecification partner() {
        return given().header("Authorization", DevTokens.bearer("partner", null, Map.of("org", "新华社")))
                .contentType(ContentType.JSON);
    }

    @Test
    void aPartnerIsToldOfNoProvincesReportingSteps() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, JIANGSU);
        String subscription = partner().body(Map.of("url", "http://127.0.0.1:9/hooks", "campaign",
                campaign.toString(), "eventTypes", List.of("ReportSubmitted", "ReportAccepted")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");

        clock.setChina("2022-10-14T10:00"); // on the deadline day: statistics not yet published to partners
        saveDraft(id, JIANGSU);
        province(JIANGSU).post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        clock.setChina("2022-10-15T09:00"); // the day after: published
        national().body(Map.of()).post("/api/v1/reports/{id}/accept", id).then().statusCode(200);

        // deliveries are written in the transaction of each step: the log answers at once
        List<String> types = partner().get("/api/v1/webhooks/{id}/deliveries", subscription).then().statusCode(200)
                .extract().path("items.eventType");
        assertEquals(List.of(), types);
    }
}
