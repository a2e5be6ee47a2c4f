package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendPublished;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ObligationResourceTest {

    private static final UUID CAMPAIGN = UUID.randomUUID();

    @BeforeAll
    static void aCampaignIsPublished() {
        sendPublished(CAMPAIGN, UUID.randomUUID().toString());
    }

    @Test
    void theNationalOfficeSeesAll32PageByPage() {
        await().atMost(Duration.ofSeconds(60)).until(() -> as("national-admin", null).queryParam("campaign", CAMPAIGN)
                .queryParam("limit", 200).get("/api/v1/obligations").then().extract().path("items.size()")
                .equals(32));
        String next = as("national-admin", null).queryParam("campaign", CAMPAIGN).queryParam("limit", 30)
                .get("/api/v1/obligations")
                .then().statusCode(200).body("items", hasSize(30)).extract().path("next");
        as("national-admin", null).queryParam("campaign", CAMPAIGN).queryParam("limit", 30).queryParam("cursor", next)
                .get("/api/v1/obligations")
                .then().statusCode(200)
                .body("items.division.code", contains("650000", "660000"))
                .body("items[1].deadline", equalTo("2022-10-14"))
                .body("items[1].status", equalTo("not-started"));
    }

    @Test
    void aProvincialOfficerSeesOnlyItsOwn() {
        await().atMost(Duration.ofSeconds(60)).until(() -> as("provincial-officer", "320000")
                .queryParam("campaign", CAMPAIGN).get("/api/v1/obligations").then().extract().path("items.size()")
                .equals(1));
        as("provincial-officer", "320000").queryParam("campaign", CAMPAIGN).get("/api/v1/obligations")
                .then().statusCode(200).body("items.division.code", contains("320000"));
        as("provincial-officer", "320000").queryParam("campaign", CAMPAIGN).queryParam("division", "330000")
                .get("/api/v1/obligations").then().statusCode(403);
    }

    @Test
    void theCampaignIsRequiredAndNamed() {
        as("national-admin", null).get("/api/v1/obligations")
                .then().statusCode(400).body("errors.field", hasItem("campaign"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().queryParam("campaign", CAMPAIGN).get("/api/v1/obligations").then().statusCode(401);
    }

    private static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division));
    }
}
