package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** GET /api/v1/admin/tallies: what the consuming services' drift checks compare their projections with. */
@QuarkusTest
class TallyResourceTest {

    @Test
    void countsPublishedAndCompletedActivitiesPerPublishedCampaign() {
        String organic = organicWeek();
        String second = organicWeek(); // a second edition in the same window, for a merged activity
        String draft = createDraft(organicWeek2022());

        String planned = schedule(List.of(organic), "2022-09-19");
        String published = schedule(List.of(organic), "2022-09-20");
        publish(published);
        String completed = schedule(List.of(organic), "2022-09-21");
        publish(completed);
        jiangsu().body(Map.of("actualParticipants", 80, "mediaItems", 1, "photoCount", 5))
                .post("/api/v1/activities/{id}/complete", completed).then().statusCode(200);
        String cancelled = schedule(List.of(organic), "2022-09-22");
        publish(cancelled);
        jiangsu().body(Map.of("reason", "天气原因")).post("/api/v1/activities/{id}/cancel", cancelled)
                .then().statusCode(200);
        String merged = schedule(List.of(organic, second), "2022-09-23"); // counts for both campaigns
        publish(merged);

        JsonPath tallies = as("monitor", null).get("/api/v1/admin/tallies").then().statusCode(200).extract().jsonPath();

        assertEquals(Map.of("campaignId", organic, "kind", "organic-product-week", "status", "published",
                "activities", Map.of("published", 2, "completed", 1), "launchCeremonies", 0), campaign(tallies, organic));
        assertEquals(Map.of("campaignId", second, "kind", "organic-product-week", "status", "published",
                "activities", Map.of("published", 1, "completed", 0), "launchCeremonies", 0), campaign(tallies, second));
        assertFalse(tallies.getList("campaigns.campaignId").contains(draft), "a draft announced nothing");
        assertFalse(planned.isEmpty());
    }

    @Test
    void aClosedCampaignStaysListed() {
        String organic = organicWeek();
        asNationalAdmin().post("/api/v1/campaigns/{id}/close", organic).then().statusCode(200);
        JsonPath tallies = asNationalAdmin().get("/api/v1/admin/tallies").then().statusCode(200).extract().jsonPath();
        assertEquals("closed", campaign(tallies, organic).get("status"));
    }

    @Test
    void onlyTheNationalOfficeAndTheMonitorMayRead() {
        given().get("/api/v1/admin/tallies").then().statusCode(401);
        as("provincial-officer", "320000").get("/api/v1/admin/tallies").then().statusCode(403);
        as("partner", null).get("/api/v1/admin/tallies").then().statusCode(403);
    }

    private static Map<String, Object> campaign(JsonPath tallies, String id) {
        return tallies.getMap("campaigns.find { it.campaignId == '" + id + "' }");
    }

    private static String schedule(List<String> campaigns, String day) {
        Map<String, Object> body = lecture(campaigns.get(0), day);
        body.put("campaigns", campaigns);
        return jiangsu().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    private static void publish(String activity) {
        jiangsu().post("/api/v1/activities/{id}/publish", activity).then().statusCode(200);
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }
}
