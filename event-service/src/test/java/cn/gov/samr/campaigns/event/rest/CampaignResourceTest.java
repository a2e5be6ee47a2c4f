package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CampaignResourceTest {

    @Inject
    EntityManager em;

    @Test
    void nationalAdminCreatesADraftAndPublishesIt() {
        String id = asNationalAdmin().body(organicWeek2022()).post("/api/v1/campaigns")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/campaigns/"))
                .body("status", equalTo("draft"))
                .body("year", equalTo(2022))
                .body("name.zh", equalTo("2022年全国有机产品认证宣传周"))
                .extract().path("id");

        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", id)
                .then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", matchesPattern("2\\d{3}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00"));
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then() // read back from PostgreSQL, still China time
                .body("createdAt", matchesPattern(".*\\.\\d{3}\\+08:00"));
        assertEquals(1, outboxEvents(id, "CampaignPublished"));
    }

    @Test
    void worldAccreditationDayHasAnInternationalAndADomesticTheme() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "world-accreditation-day");
        body.put("themes", List.of(
                CampaignFixtures.theme("international", "认可：支持可持续发展", "Accreditation: Supporting Sustainable Development"),
                CampaignFixtures.theme("domestic", "认可：服务高质量发展", null)));
        String id = createDraft(body);
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("themes.scope", contains("international", "domestic"))
                .body("themes[0].en", equalTo("Accreditation: Supporting Sustainable Development"))
                .body("reporting.mode", equalTo("live"))
                .body("reporting.summary", equalTo(true));
    }

    @Test
    void aSeriesOwesNoReportsAndNeedsNoDeadline() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "series");
        body.put("name", Map.of("zh", "2022年全国质量认证系列宣传体验周"));
        body.remove("reportingDeadline");
        String id = createDraft(body);
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("reporting.summary", equalTo(false))
                .body("reporting.provincialUnits", equalTo(List.of()));

        Map<String, Object> week = organicWeek2022();
        week.remove("reportingDeadline");
        assertInvalid(week, "reportingDeadline", "is required when a summary is owed (reporting.summary)");
    }

    @Test
    void publishingTwiceAnnouncesTheCampaignOnce() {
        String id = createDraft(organicWeek2022());
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", id).then().statusCode(200);
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", id).then().statusCode(200)
                .body("status", equalTo("published"));
        assertEquals(1, outboxEvents(id, "CampaignPublished"));
    }

    @Test
    void aMissingNameIsNamed() {
        Map<String, Object> body = organicWeek2022();
        body.remove("name");
        assertInvalid(body, "name", "must not be null");
    }

    @Test
    void aNameWithoutChineseIsNamed() {
        Map<String, Object> body = organicWeek2022();
        body.put("name", Map.of("en", "English only"));
        assertInvalid(body, "name.zh", "must not be blank");
    }

    @Test
    void aWindowEndingBeforeItStartsIsNamed() {
        Map<String, Object> body = organicWeek2022();
        body.put("window", Map.of("start", "2022-09-23", "end", "2022-09-19"));
        assertInvalid(body, "window.end", "must not be before window.start");
    }

    @Test
    void aDeadlineBeforeTheWindowEndsIsNamed() {
        Map<String, Object> body = organicWeek2022();
        body.put("reportingDeadline", "2022-09-20");
        assertInvalid(body, "reportingDeadline", "must be after the window ends (2022-09-23)");
    }

    @Test
    void theOldLaunchFieldsAreRefusedNotDropped() { // launch ceremonies are records of their own now
        Map<String, Object> body = organicWeek2022();
        body.put("launchCeremony", Map.of("city", "320100", "date", "2022-09-19"));
        asNationalAdmin().body(body).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors.find { it.field == 'launchCeremony' }.message", startsWith("unknown field"));
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsThatExist() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "tea-week");
        assertInvalid(body, "kind", "unknown value 'tea-week'; expected one of [organic-product-week, "
                + "green-product-week, service-experience-week, world-accreditation-day, quality-month, series, other]");
    }

    @Test
    void aDateThatIsNoDateIsNamed() {
        Map<String, Object> body = organicWeek2022();
        body.put("window", Map.of("start", "2022-09-31", "end", "2022-09-23"));
        assertInvalid(body, "window.start", "must be a date yyyy-MM-dd in the years 2000 to 2100");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = organicWeek2022();
        body.remove("name");
        body.put("window", Map.of("start", "2022-09-23", "end", "2022-09-19"));
        asNationalAdmin().body(body).post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.field", contains("name", "window.end"));
    }

    @Test
    void malformedJsonIsAProblem() {
        asNationalAdmin().body("{\"kind\": \"organic-product-week\", ").post("/api/v1/campaigns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("errors[0].field", equalTo("$"));
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(organicWeek2022()).post("/api/v1/campaigns")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        given().header("Authorization", "Bearer not.a.token").contentType(ContentType.JSON)
                .body(organicWeek2022()).post("/api/v1/campaigns")
                .then().statusCode(401);
    }

    @Test
    void aProvincialOfficerMayNotPublish() {
        String id = createDraft(organicWeek2022());
        as("provincial-officer", "320000").post("/api/v1/campaigns/{id}/publish", id)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().body("status", equalTo("draft"));
    }

    @Test
    void aProvincialOfficerMayNotCreate() {
        as("provincial-officer", "320000").body(organicWeek2022()).post("/api/v1/campaigns")
                .then().statusCode(403);
    }

    @Test
    void draftsAreHiddenFromEveryoneButTheNationalOffice() {
        String draft = createDraft(organicWeek2022());
        as("partner", null).get("/api/v1/campaigns/{id}", draft).then().statusCode(404);
        asNationalAdmin().get("/api/v1/campaigns/{id}", draft).then().statusCode(200);
    }

    @Test
    void listsPageWithACursor() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = organicWeek2022();
            body.put("window", Map.of("start", "2031-09-1" + i, "end", "2031-09-1" + (i + 5)));
            body.put("reportingDeadline", "2031-10-14");
            createDraft(body);
        }
        String next = asNationalAdmin().queryParam("year", 2031).queryParam("limit", 2).get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("items.window.start", contains("2031-09-12", "2031-09-11"))
                .extract().path("next");
        asNationalAdmin().queryParam("year", 2031).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("items.window.start", contains("2031-09-10"))
                .body("next", equalTo(null));
    }

    @Test
    void badListParametersAreNamed() {
        asNationalAdmin().queryParam("kind", "tea-week").get("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        asNationalAdmin().queryParam("cursor", "bogus!").get("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    private static void assertInvalid(Map<String, Object> body, String field, String message) {
        asNationalAdmin().body(body).post("/api/v1/campaigns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }

    private long outboxEvents(String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, aggregateId).setParameter(2, type).getSingleResult()).longValue());
    }
}
