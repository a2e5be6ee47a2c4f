package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every number and list of an activity has a domain maximum; beyond it the request is a 400 and nothing changes. */
@QuarkusTest
class DomainBoundsTest {

    @Test
    void expectedParticipantsAndListsBeyondTheDomainAreRefusedAndNothingIsStored() {
        String campaign = organicWeek();
        Map<String, Object> body = lecture(campaign, "2022-09-20");
        body.put("expectedParticipants", 10_000_001);
        body.put("invitedMedia", Collections.nCopies(51, "新华日报"));
        jiangsu().body(body).post("/api/v1/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("expectedParticipants", "invitedMedia"));
        jiangsu().queryParam("campaign", campaign).get("/api/v1/activities").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void anOutcomeBeyondTheDomainIsRefusedAndTheActivityStaysPublished() {
        String campaign = organicWeek();
        String id = jiangsu().body(lecture(campaign, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);

        jiangsu().body(Map.of("actualParticipants", Integer.MAX_VALUE, "mediaItems", 10_001, "photoCount", 100_001))
                .post("/api/v1/activities/{id}/complete", id)
                .then().statusCode(400)
                .body("errors.field", contains("actualParticipants", "mediaItems", "photoCount"));
        jiangsu().get("/api/v1/activities/{id}", id).then().statusCode(200).body("status", equalTo("published"));
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }
}
