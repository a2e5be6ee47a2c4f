package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.greenWeek;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    EntityManager em;

    @Test
    void aProvincialBureauSchedulesAPlannedActivityInItsProvince() {
        String campaign = organicWeek();
        jiangsu().body(lecture(campaign, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201)
                .body("status", equalTo("planned"))
                .body("provincialUnit", equalTo("320000"))
                .body("venue.division", equalTo("320102"))
                .body("startsAt", equalTo("2022-09-20T09:00:00.000+08:00"))
                .body("voluntaryParticipation", equalTo(true))
                .body("warnings", hasSize(0));
    }

    @Test
    void bothDeclarationsAreRequired() {
        Map<String, Object> body = lecture(organicWeek(), "2022-09-20");
        body.put("voluntaryParticipation", false);
        body.remove("noFee");
        jiangsu().body(body).post("/api/v1/activities")
                .then().statusCode(400)
                .body("errors.field", contains("noFee", "voluntaryParticipation"))
                .body("errors[1].message", containsString("自愿参加"));
    }

    @Test
    void outsideTheWindowTheErrorNamesTheCampaign() {
        Map<String, Object> body = lecture(organicWeek(), "2022-09-25");
        jiangsu().body(body).post("/api/v1/activities")
                .then().statusCode(400)
                .body("errors.find { it.field == 'startsAt' }.message",
                        equalTo("is outside the window of 2022年全国有机产品认证宣传周 (2022-09-19 to 2022-09-23)"));
    }

    @Test
    void theWindowIsJudgedInChinaTime() {
        Map<String, Object> body = lecture(organicWeek(), "2022-09-19");
        body.put("startsAt", "2022-09-18T16:30:00Z"); // 00:30 on the 19th in Beijing
        body.put("endsAt", "2022-09-18T18:00:00Z");
        jiangsu().body(body).post("/api/v1/activities").then().statusCode(201);
        body.put("startsAt", "2022-09-18T15:30:00Z"); // 23:30 on the 18th in Beijing
        jiangsu().body(body).post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", contains("startsAt"));
    }

    @Test
    void aMergedActivityMustFitEveryCampaignAndCountsForEach() {
        String experience = createPublished(experienceWeek2022()); // 5 to 30 September
        String green = greenWeek(); // 26 to 30 September
        Map<String, Object> body = lecture(experience, "2022-09-27");
        body.put("campaigns", List.of(experience, green));
        jiangsu().body(body).post("/api/v1/activities").then().statusCode(201)
                .body("campaigns", containsInAnyOrder(experience, green));

        body.put("startsAt", "2022-09-20T09:00:00+08:00");
        body.put("endsAt", "2022-09-20T11:00:00+08:00");
        jiangsu().body(body).post("/api/v1/activities").then().statusCode(400)
                .body("errors.message", hasItem(containsString("2022年全国绿色产品认证与标识宣传周")));
    }

    @Test
    void onlyPublishedCampaignsTakeActivities() {
        String draft = createDraft(organicWeek2022());
        jiangsu().body(lecture(draft, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("campaigns"))
                .body("errors[0].message", containsString("is draft"));
    }

    @Test
    void aBureauSchedulesOnlyInsideItsJurisdiction() {
        String campaign = organicWeek();
        Map<String, Object> huzhou = lecture(campaign, "2022-09-20");
        huzhou.put("venue", Map.of("division", "330502", "address", "湖州市吴兴区"));
        jiangsu().body(huzhou).post("/api/v1/activities").then().statusCode(403);
        as("local-officer", "320100").body(lecture(campaign, "2022-09-21")).post("/api/v1/activities")
                .then().statusCode(201);
        Map<String, Object> wuxi = lecture(campaign, "2022-09-21");
        wuxi.put("venue", Map.of("division", "320205", "address", "无锡市锡山区"));
        as("local-officer", "320100").body(wuxi).post("/api/v1/activities").then().statusCode(403);
        as("partner", null).body(lecture(campaign, "2022-09-21")).post("/api/v1/activities").then().statusCode(403);
    }

    @Test
    void theSameVenueAtOverlappingTimesAndASecondLaunchCeremonyAreWarnings() {
        String campaign = organicWeek();
        jiangsu().body(lecture(campaign, "2022-09-22")).post("/api/v1/activities").then().statusCode(201);
        jiangsu().body(lecture(campaign, "2022-09-22")).post("/api/v1/activities")
                .then().statusCode(201)
                .body("warnings.field", contains("venue"));

        Map<String, Object> launch = lecture(campaign, "2022-09-19");
        launch.put("type", "launch-ceremony");
        launch.put("venue", Map.of("division", "320106", "address", "南京国际展览中心"));
        asNationalAdmin().body(launch).post("/api/v1/activities").then().statusCode(201).body("warnings", hasSize(0));
        launch.put("venue", Map.of("division", "320106", "address", "南京国际博览中心"));
        asNationalAdmin().body(launch).post("/api/v1/activities")
                .then().statusCode(201)
                .body("warnings.field", contains("type"));
    }

    @Test
    void theLifecycleIsAnnouncedAndAPublishedChangeKeepsItsHistory() {
        String campaign = organicWeek();
        String id = jiangsu().body(lecture(campaign, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200).body("status", equalTo("published"));

        Map<String, Object> moved = lecture(campaign, "2022-09-21");
        moved.put("changeReason", "场地调整");
        jiangsu().header("If-Match", etag("/api/v1/activities/{id}", id)).body(moved).put("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("startsAt", equalTo("2022-09-21T09:00:00.000+08:00"));
        jiangsu().get("/api/v1/activities/{id}/history", id).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].reason", equalTo("场地调整"))
                .body("[0].changes.keySet()", containsInAnyOrder("startsAt", "endsAt"));

        jiangsu().body(Map.of("actualParticipants", 150, "mediaItems", 3, "photoCount", 40, "note", "反响热烈"))
                .post("/api/v1/activities/{id}/complete", id)
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("outcome.actualParticipants", equalTo(150));
        jiangsu().body(Map.of("reason", "too late")).post("/api/v1/activities/{id}/cancel", id).then().statusCode(409);

        assertEquals(List.of("ActivityScheduled", "ActivityRescheduled", "ActivityCompleted"), outboxEvents(id));
    }

    @Test
    void aPlannedActivityCancelsQuietlyAndCannotComplete() {
        String id = jiangsu().body(lecture(organicWeek(), "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        jiangsu().body(Map.of("actualParticipants", 1, "mediaItems", 0, "photoCount", 0))
                .post("/api/v1/activities/{id}/complete", id).then().statusCode(409);
        jiangsu().body(Map.of()).post("/api/v1/activities/{id}/cancel", id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        jiangsu().body(Map.of("reason", "天气原因")).post("/api/v1/activities/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("cancelled")).body("cancelReason", equalTo("天气原因"));
        assertEquals(List.of(), outboxEvents(id));
    }

    @Test
    void listsFilterAndPageAndHideInternalActivitiesFromOutsiders() {
        String campaign = organicWeek();
        String first = publish(jiangsu().body(lecture(campaign, "2022-09-19")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id"));
        Map<String, Object> training = lecture(campaign, "2022-09-20");
        training.put("type", "skills-training");
        training.put("settings", List.of("farms"));
        String second = publish(jiangsu().body(training).post("/api/v1/activities").then().extract().path("id"));
        Map<String, Object> internal = lecture(campaign, "2022-09-21");
        internal.put("visibility", "internal");
        String hidden = publish(jiangsu().body(internal).post("/api/v1/activities").then().extract().path("id"));

        String next = asNationalAdmin().queryParam("campaign", campaign).queryParam("limit", 2)
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", contains(first, second)).extract().path("next");
        asNationalAdmin().queryParam("campaign", campaign).queryParam("cursor", next).queryParam("limit", 2)
                .get("/api/v1/activities").then().body("items.id", contains(hidden)).body("next", nullValue());

        asNationalAdmin().queryParam("campaign", campaign).queryParam("type", "skills-training")
                .get("/api/v1/activities").then().body("items.id", contains(second));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("setting", "farms")
                .get("/api/v1/activities").then().body("items.id", contains(second));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("within", "320100")
                .queryParam("from", "2022-09-20").queryParam("to", "2022-09-20")
                .get("/api/v1/activities").then().body("items.id", contains(second));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("within", "330000")
                .get("/api/v1/activities").then().body("items", hasSize(0));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("q", "知识讲解")
                .get("/api/v1/activities").then().body("items", hasSize(3));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("province", "320000")
                .get("/api/v1/activities").then().body("items", hasSize(3));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("province", "330000")
                .get("/api/v1/activities").then().body("items", hasSize(0));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("status", "published")
                .get("/api/v1/activities").then().body("items", hasSize(3));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("status", "completed")
                .get("/api/v1/activities").then().body("items", hasSize(0));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("certificationBody", "CNCA-R-2002-001")
                .get("/api/v1/activities").then().body("items", hasSize(3));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("certificationBody", "CNCA-R-2002-002")
                .get("/api/v1/activities").then().body("items", hasSize(0));

        as("partner", null).queryParam("campaign", campaign).get("/api/v1/activities")
                .then().body("items.id", contains(first, second));
        as("partner", null).get("/api/v1/activities/{id}", hidden).then().statusCode(404);
        jiangsu().queryParam("campaign", campaign).get("/api/v1/activities")
                .then().body("items.id", contains(first, second, hidden));
    }

    @Test
    void theNationalCalendarCountsPublishedActivitiesPerDayAndProvincialUnit() {
        String campaign = organicWeek();
        publish(jiangsu().body(lecture(campaign, "2022-09-19")).post("/api/v1/activities").then().extract().path("id"));
        publish(jiangsu().body(lecture(campaign, "2022-09-19")).post("/api/v1/activities").then().extract().path("id"));
        jiangsu().body(lecture(campaign, "2022-09-19")).post("/api/v1/activities").then().statusCode(201); // planned
        Map<String, Object> huzhou = lecture(campaign, "2022-09-20");
        huzhou.put("venue", Map.of("division", "330502", "address", "湖州市吴兴区"));
        String zj = as("provincial-officer", "330000").body(huzhou).post("/api/v1/activities").then().extract().path("id");
        as("provincial-officer", "330000").post("/api/v1/activities/{id}/publish", zj).then().statusCode(200);

        as("partner", null).queryParam("campaign", campaign).queryParam("from", "2022-09-19").queryParam("to", "2022-09-23")
                .get("/api/v1/activities/calendar").then().statusCode(200)
                .body("day", contains("2022-09-19", "2022-09-20"))
                .body("provincialUnit", contains("320000", "330000"))
                .body("activities", contains(2, 1));
        as("partner", null).queryParam("from", "2022-09-23").queryParam("to", "2022-09-19")
                .get("/api/v1/activities/calendar").then().statusCode(400).body("errors.field", contains("to"));
    }

    private String publish(String id) {
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxEvents(String activityId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = ?1 order by id")
                .setParameter(1, activityId).getResultList());
    }
}
