package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The requests of a bad-input sweep that used to get 500, 404 or a silent 200: each is a 400 (or 401) problem
 * naming the field or parameter, and nothing is written.
 */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Inject
    EntityManager em;

    private String campaign;

    @BeforeEach
    void publishedCampaign() {
        campaign = organicWeek();
    }

    // --- bodies -----------------------------------------------------------------------------------------------

    @Test
    void anUnknownFieldIsNamedWithItsPath() {
        Map<String, Object> body = organicWeek2022();
        body.put("window", Map.of("start", "2022-09-19", "end", "2022-09-23", "format", "online"));
        refusedCampaign(json(body)).body("errors[0].field", equalTo("window.format"))
                .body("errors[0].message", containsString("unknown field"));
    }

    @Test
    void aDuplicateKeyIsNamed() {
        String body = json(organicWeek2022()).replaceFirst("\\{", "{\"kind\": \"quality-month\",");
        refusedCampaign(body).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("duplicate"));
    }

    @Test
    void contentAfterTheBodyIsRefused() {
        refusedCampaign(json(organicWeek2022()) + " {}").body("errors[0].field", equalTo("$"));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreNamed() {
        Map<String, Object> body = organicWeek2022();
        body.put("reportingDeadline", 20221014);
        refusedCampaign(json(body)).body("errors[0].field", equalTo("reportingDeadline"));

        Map<String, Object> activity = lecture(campaign, "2022-09-20");
        activity.put("expectedParticipants", 1.5);
        refusedActivity(json(activity), "expectedParticipants");
        activity.put("expectedParticipants", "120");
        refusedActivity(json(activity), "expectedParticipants");
        activity.put("expectedParticipants", 120);
        activity.put("format", 0);
        refusedActivity(json(activity), "format");
    }

    @Test
    void nullInsideAListIsNamedWithItsIndex() {
        Map<String, Object> activity = lecture(campaign, "2022-09-20");
        activity.put("campaigns", Collections.singletonList(null));
        refusedActivity(json(activity), "campaigns[0]").body("errors[0].message", containsString("null"));
    }

    @Test
    void aNulCharacterInTextNeverReachesPostgres() {
        Map<String, Object> body = organicWeek2022();
        body.put("name", Map.of("zh", "有机\u0000周"));
        refusedCampaign(json(body)).body("errors[0].field", equalTo("name.zh"))
                .body("errors[0].message", containsString("U+0000"));
        Map<String, Object> activity = lecture(campaign, "2022-09-20");
        activity.put("invitedMedia", List.of("新华日报", "央视\r"));
        refusedActivity(json(activity), "invitedMedia[1]");
    }

    @Test
    void extremeDatesAreNamed() {
        Map<String, Object> activity = lecture(campaign, "2022-09-20");
        activity.put("startsAt", "+999999999-12-31T20:00:00Z");
        refusedActivity(json(activity), "startsAt").body("errors[0].message", containsString("2000 to 2100"));

        Map<String, Object> body = organicWeek2022();
        body.put("reportingDeadline", "+584556079-01-01");
        refusedCampaign(json(body)).body("errors[0].field", equalTo("reportingDeadline"));
        body.put("reportingDeadline", "1999-12-31");
        refusedCampaign(json(body)).body("errors[0].field", equalTo("reportingDeadline"));
    }

    @Test
    void numbersBeyondAnyColumnAreNamed() {
        Map<String, Object> activity = lecture(campaign, "2022-09-20");
        activity.put("venue", Map.of("division", "320102", "latitude", "LATITUDE"));
        for (String latitude : List.of("1e-999999999", "1e999999999", "9".repeat(400))) {
            refusedActivity(json(activity).replace("\"LATITUDE\"", latitude), "venue.latitude");
        }
        activity.put("venue", Map.of("division", "320102"));
        activity.put("expectedParticipants", "PARTICIPANTS");
        refusedActivity(json(activity).replace("\"PARTICIPANTS\"", "2147483648"), "expectedParticipants");
    }

    @Test
    void theErrorsListIsBounded() {
        Map<String, Object> body = organicWeek2022();
        List<Map<String, Object>> themes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            themes.add(Map.of("en", "no Chinese"));
        }
        body.put("focusThemes", themes);
        refusedCampaign(json(body)).body("errors", hasSize(100))
                .body("errors[99].message", containsString("more errors were left out"));
    }

    // --- query and path parameters ---------------------------------------------------------------------------

    @Test
    void aCursorOfTheRightShapeWithBadValuesIsNamed() {
        asNationalAdmin().queryParam("cursor", "eB95").get("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParam("cursor", "eB95").get("/api/v1/public/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void badQueryValuesAre400NamingTheParameterNever404() {
        badQuery("/api/v1/activities", "to", "+999999999-12-31");
        badQuery("/api/v1/activities", "from", "2022-13-01");
        badQuery("/api/v1/activities", "campaign", "not-a-uuid");
        badQuery("/api/v1/activities", "limit", "99999999999");
        badQuery("/api/v1/activities", "limit", "ten");
        badQuery("/api/v1/activities", "status", "done");
        badQuery("/api/v1/campaigns", "year", "2022.5");
        badQuery("/api/v1/public/activities", "to", "+999999999-12-31");
        badQuery("/api/v1/activities", "q", "a\u0000b");
    }

    @Test
    void unknownQueryParametersAreNamed() {
        // near and bbox are parameters of this list (issue 12); lat, radius and updatedSince are not
        given().queryParam("lat", "32.06").queryParam("radius", "5").queryParam("updatedSince", "2022-09-01")
                .get("/api/v1/public/activities").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lat", "radius", "updatedSince")))
                .body("errors[0].message", containsString("campaign"));
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsNamed() {
        given().queryParam("campaign", campaign, campaign).get("/api/v1/public/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("campaign"))
                .body("errors[0].message", containsString("2 times"));
    }

    @Test
    void aPathIdThatIsNoUuidIs400NamingIt() {
        asNationalAdmin().get("/api/v1/campaigns/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        asNationalAdmin().urlEncodingEnabled(false).get("/api/v1/campaigns/a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void goodQueriesStillWork() {
        asNationalAdmin().queryParam("campaign", campaign).queryParam("from", "2022-09-01")
                .queryParam("to", "2022-09-30").queryParam("limit", "5").get("/api/v1/activities").then()
                .statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().queryParam("anything", "goes").get("/q/openapi").then().statusCode(200);
    }

    // --- tokens ----------------------------------------------------------------------------------------------

    @Test
    void aMalformedClaimInASignedTokenIs401() {
        for (Object division : List.of(320000, Map.of("code", "320000"), List.of("320000"), "32000X")) {
            unauthenticated(officerWith(Map.of("division", division)), "division");
        }
        // well formed, but no such division
        unauthenticated(officerWith(Map.of("division", "990000")), "division");
        for (Object groups : List.of(42, List.of(42), Map.of("role", "national-admin"), List.of("a\u0000"))) {
            unauthenticated(officerWith(Map.of("groups", groups)), "groups");
        }
        unauthenticated(officerWith(Map.of("upn", "a".repeat(300))), "upn");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ValidatableResponse refusedCampaign(String body) {
        return nothingWritten("campaign", () -> asNationalAdmin().body(body).post("/api/v1/campaigns").then()
                .statusCode(400).contentType("application/problem+json"));
    }

    private ValidatableResponse refusedActivity(String body, String field) {
        return nothingWritten("activity", () -> as("provincial-officer", "320000").body(body)
                .post("/api/v1/activities").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
    }

    private static void badQuery(String path, String name, String value) {
        asNationalAdmin().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(name));
    }

    private static RequestSpecification officerWith(Map<String, Object> claims) {
        return given().header("Authorization", DevTokens.bearer("provincial-officer", "320000", claims))
                .contentType(ContentType.JSON);
    }

    private static void unauthenticated(RequestSpecification request, String claim) {
        request.get("/api/v1/activities").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString(claim));
    }

    private ValidatableResponse nothingWritten(String table, Supplier<ValidatableResponse> request) {
        long before = count(table);
        ValidatableResponse response = request.get();
        assertEquals(before, count(table), "rows in " + table);
        return response;
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private static String json(Map<String, Object> body) {
        try {
            return PLAIN.writeValueAsString(new HashMap<>(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
