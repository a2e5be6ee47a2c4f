package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * HTTP caching of the public reads: an unchanged list answers 304 to its ETag or its Last-Modified without a body,
 * a change (a new announced activity, a cancellation) gives 200 and a new ETag; anonymous answers may be cached by
 * anyone for a minute, authenticated ones by no one.
 */
@QuarkusTest
class PublicCachingTest {

    @Test
    void anUnchangedListIs304AndANewAnnouncedActivityOrACancellationIs200() {
        String campaign = organicWeek();
        String first = PublicFeedsTest.publish(PublicFeedsTest.schedule(lecture(campaign, "2022-09-20")));

        Response full = list(campaign).get("/api/v1/public/activities").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Last-Modified", not(emptyOrNullString()))
                .header("Vary", containsString("Authorization"))
                .header("ETag", startsWith("W/\"")).extract().response();
        String etag = full.header("ETag");

        list(campaign).header("If-None-Match", etag).get("/api/v1/public/activities").then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60"))
                .body(emptyOrNullString());

        // a new announced activity: the copy is stale
        String second = PublicFeedsTest.publish(PublicFeedsTest.schedule(lecture(campaign, "2022-09-21")));
        String afterNew = list(campaign).header("If-None-Match", etag).get("/api/v1/public/activities").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(first, second))
                .extract().header("ETag");
        assertNotEquals(etag, afterNew);

        // a cancellation: stale again
        as("provincial-officer", "320000").body(Map.of("reason", "天气原因"))
                .post("/api/v1/activities/{id}/cancel", second).then().statusCode(200);
        list(campaign).header("If-None-Match", afterNew).get("/api/v1/public/activities").then().statusCode(200)
                .body("items[1].status", equalTo("cancelled"));
    }

    @Test
    void ifModifiedSinceAnswers304WhileNothingChanged() {
        String campaign = organicWeek();
        PublicFeedsTest.publish(PublicFeedsTest.schedule(lecture(campaign, "2022-09-20")));
        String lastModified = list(campaign).get("/api/v1/public/activities").then().statusCode(200)
                .extract().header("Last-Modified");
        list(campaign).header("If-Modified-Since", lastModified).get("/api/v1/public/activities").then()
                .statusCode(304).header("Last-Modified", equalTo(lastModified));
        list(campaign).header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").get("/api/v1/public/activities")
                .then().statusCode(200);
        // not a date: ignored (RFC 9110 §13.1.3), the whole answer
        list(campaign).header("If-Modified-Since", "yesterday").get("/api/v1/public/activities").then().statusCode(200);
    }

    @Test
    void theFeedsAndTheOtherPublicReadsAreCacheableToo() {
        String campaign = organicWeek();
        for (String path : new String[] { "/api/v1/public/activities.ics", "/api/v1/public/activities.geojson" }) {
            String etag = given().queryParam("campaign", campaign).get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=60")).extract().header("ETag");
            given().queryParam("campaign", campaign).header("If-None-Match", etag).get(path).then().statusCode(304);
        }
        for (String path : new String[] { "/api/v1/divisions?level=provincial-unit", "/api/v1/divisions/320100",
                "/api/v1/certification-bodies", "/api/v1/notices", "/api/v1/public/launch-ceremonies" }) {
            String etag = given().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=60"))
                    .header("Last-Modified", not(emptyOrNullString())).extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void anAuthenticatedAnswerIsPrivateAndNotStored() {
        String campaign = organicWeek();
        as("provincial-officer", "320000").queryParam("campaign", campaign).get("/api/v1/activities").then()
                .statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        // a public list asked with a token: the caller's answer, not cached, not conditional
        as("partner", null).queryParam("campaign", campaign).get("/api/v1/public/activities").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).header("ETag", nullValue())
                .header("Last-Modified", nullValue());
        as("national-admin", null).get("/api/v1/notices").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    /** The list by Accept: the feeds' media types, JSON by default; each representation has its own ETag. */
    @Test
    void theListNegotiatesTheFeedsByAccept() {
        String campaign = organicWeek();
        PublicFeedsTest.publish(PublicFeedsTest.schedule(lecture(campaign, "2022-09-20")));
        String json = given().queryParam("campaign", campaign).get("/api/v1/public/activities").then()
                .statusCode(200).contentType("application/json").extract().header("ETag");
        given().queryParam("campaign", campaign).accept("*/*").get("/api/v1/public/activities").then()
                .statusCode(200).contentType("application/json");
        String calendar = given().queryParam("campaign", campaign).accept("text/calendar")
                .get("/api/v1/public/activities").then().statusCode(200).contentType("text/calendar")
                .header("Vary", containsString("Accept"))
                .body(startsWith("BEGIN:VCALENDAR")).extract().header("ETag");
        String geo = given().queryParam("campaign", campaign).accept("application/geo+json, application/json;q=0.5")
                .get("/api/v1/public/activities").then().statusCode(200).contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection")).extract().header("ETag");
        assertNotEquals(json, calendar);
        assertNotEquals(calendar, geo);
        // a feed is not paged
        given().queryParam("campaign", campaign).queryParam("limit", 10).accept("text/calendar")
                .get("/api/v1/public/activities").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static io.restassured.specification.RequestSpecification list(String campaign) {
        return given().queryParam("campaign", campaign);
    }
}
