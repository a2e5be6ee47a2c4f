package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Activities name certification bodies by approval number; a body finds its own activities and its figures. */
@QuarkusTest
class CertificationBodyActivitiesTest {

    private static final String CQC = "CNCA-R-2002-001";
    private static final String CQM = "CNCA-R-2002-002";

    @Inject
    EntityManager em;

    @Test
    void aBodyListsItsOwnActivitiesWhateverTheirVisibilityButNotAnotherBodysHiddenOnes() {
        String campaign = organicWeek();
        String ownInternalPlanned = schedule(internal(lecture(campaign, "2022-09-20"), CQC));
        String othersInternalPlanned = schedule(internal(lecture(campaign, "2022-09-21"), CQM));
        String othersPublic = schedule(withBodies(lecture(campaign, "2022-09-22"), CQM));
        publish(othersPublic);

        asCertificationBody(CQC).queryParam("campaign", campaign).get("/api/v1/activities")
                .then().statusCode(200)
                .body("items.id", contains(ownInternalPlanned, othersPublic));
        asCertificationBody(CQC).get("/api/v1/activities/{id}", ownInternalPlanned)
                .then().statusCode(200)
                .body("status", equalTo("planned"))
                .body("visibility", equalTo("internal"));
        asCertificationBody(CQC).get("/api/v1/activities/{id}", othersInternalPlanned).then().statusCode(404);
        asCertificationBody(CQM).queryParam("campaign", campaign).get("/api/v1/activities")
                .then().body("items.id", contains(othersInternalPlanned, othersPublic));
        as("partner", null).queryParam("campaign", campaign).get("/api/v1/activities")
                .then().body("items.id", contains(othersPublic));
    }

    @Test
    void theCertificationBodyFilterMatchesTheApprovalNumber() {
        String campaign = organicWeek();
        String cqc = schedule(withBodies(lecture(campaign, "2022-09-20"), CQC));
        String both = schedule(withBodies(lecture(campaign, "2022-09-21"), CQC, CQM));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("certificationBody", CQC)
                .get("/api/v1/activities").then().body("items.id", contains(cqc, both));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("certificationBody", CQM)
                .get("/api/v1/activities").then().body("items.id", contains(both));
        asNationalAdmin().queryParam("campaign", campaign).queryParam("certificationBody", "中国质量认证中心")
                .get("/api/v1/activities").then().body("items", hasSize(0));
    }

    @Test
    void anActivityShowsItsBodiesWithTheirNames() {
        jiangsu().body(withBodies(lecture(organicWeek(), "2022-09-20"), CQM, CQC)).post("/api/v1/activities")
                .then().statusCode(201)
                .body("certificationBodies.id", contains(CQC, CQM))
                .body("certificationBodies[0].name.zh", equalTo("中国质量认证中心有限公司"))
                .body("certificationBodies[1].name.zh", equalTo("方圆标志认证集团有限公司"));
    }

    @Test
    void anUnknownBodyIsRefusedNamingTheField() {
        Map<String, Object> body = withBodies(lecture(organicWeek(), "2022-09-20"), CQC, "CNCA-R-2099-999", "某认证公司");
        jiangsu().body(body).post("/api/v1/activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("certificationBodies"))
                .body("errors[0].message", containsString("CNCA-R-2099-999"))
                .body("errors[0].message", containsString("某认证公司"));

        String id = schedule(withBodies(lecture(organicWeek(), "2022-09-20"), CQC));
        jiangsu().header("If-Match", etag("/api/v1/activities/{id}", id))
                .body(withBodies(lecture(organicWeek(), "2022-09-20"), "CNCA-R-2099-999"))
                .put("/api/v1/activities/{id}", id)
                .then().statusCode(400)
                .body("errors.field", contains("certificationBodies"));
    }

    /** Rows written before the reference list held free text: they stay readable, with no name. */
    @Test
    void freeTextFromBeforeTheListIsShownWithoutAName() {
        String id = schedule(withBodies(lecture(organicWeek(), "2022-09-20"), CQC));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update activity_certification_body set org = '某认证公司' where activity_id = cast(:id as uuid)")
                .setParameter("id", id).executeUpdate());
        asNationalAdmin().get("/api/v1/activities/{id}", id)
                .then().statusCode(200)
                .body("certificationBodies.id", contains("某认证公司"))
                .body("certificationBodies[0]", hasKey("name"))
                .body("certificationBodies[0].name", nullValue());
    }

    /** A merged activity counts once in each of its campaigns and once in the total. */
    @Test
    void figuresCountActivitiesByStatusAndTheParticipantsOfCompletedOnes() {
        String body = "CNCA-R-2003-091";
        String organic = organicWeek();
        String green = greenWeekAtTheSameTime();
        Map<String, Object> merged = withBodies(lecture(organic, "2022-09-23"), body);
        merged.put("campaigns", List.of(organic, green));
        String mergedId = schedule(merged);
        publish(mergedId);
        complete(mergedId, 150);
        schedule(withBodies(lecture(organic, "2022-09-20"), body));
        String cancelled = schedule(withBodies(lecture(organic, "2022-09-21"), body));
        asNationalAdmin().body(Map.of("reason", "场地调整")).post("/api/v1/activities/{id}/cancel", cancelled)
                .then().statusCode(200);
        schedule(withBodies(lecture(organic, "2022-09-22"), CQM)); // another body's: not counted

        as("partner", null).get("/api/v1/certification-bodies/{id}/figures", body)
                .then().statusCode(200)
                .body("body.id", equalTo(body))
                .body("body.name.zh", equalTo("北京鉴衡认证中心有限公司"))
                .body("total.planned", equalTo(1))
                .body("total.published", equalTo(0))
                .body("total.completed", equalTo(1))
                .body("total.cancelled", equalTo(1))
                .body("total.participants", equalTo(150))
                .body("campaigns.campaign", containsInAnyOrder(organic, green)) // the same window: either first
                .body(inCampaign(organic, "activities.planned"), equalTo(1))
                .body(inCampaign(organic, "activities.completed"), equalTo(1))
                .body(inCampaign(organic, "activities.cancelled"), equalTo(1))
                .body(inCampaign(organic, "activities.participants"), equalTo(150))
                .body(inCampaign(green, "name.zh"), equalTo("2022年全国绿色产品认证与标识宣传周"))
                .body(inCampaign(green, "activities.planned"), equalTo(0))
                .body(inCampaign(green, "activities.completed"), equalTo(1))
                .body(inCampaign(green, "activities.participants"), equalTo(150));

        asCertificationBody(body).queryParam("campaign", green).get("/api/v1/certification-bodies/{id}/figures", body)
                .then().statusCode(200)
                .body("campaigns.campaign", contains(green))
                .body("total.completed", equalTo(1))
                .body("total.planned", equalTo(0))
                .body("total.cancelled", equalTo(0));
    }

    @Test
    void figuresAreTheBodysOwnAndTheNationalOnes() {
        String body = "CNCA-R-2002-105";
        asNationalAdmin().get("/api/v1/certification-bodies/{id}/figures", body)
                .then().statusCode(200)
                .body("campaigns", hasSize(0))
                .body("total.planned", equalTo(0));
        as("monitor", null).get("/api/v1/certification-bodies/{id}/figures", body).then().statusCode(200);
        asCertificationBody(CQC).get("/api/v1/certification-bodies/{id}/figures", body)
                .then().statusCode(403)
                .contentType("application/problem+json");
        jiangsu().get("/api/v1/certification-bodies/{id}/figures", body).then().statusCode(403);
        given().get("/api/v1/certification-bodies/{id}/figures", body).then().statusCode(401);
    }

    @Test
    void figuresOfAnUnknownBodyOrCampaignAreProblems() {
        asNationalAdmin().get("/api/v1/certification-bodies/{id}/figures", "CNCA-R-2099-999")
                .then().statusCode(404)
                .contentType("application/problem+json");
        asNationalAdmin().queryParam("campaign", "3f1c2d9e-6b7a-4c1e-9f00-1a2b3c4d5e6f")
                .get("/api/v1/certification-bodies/{id}/figures", CQC)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("campaign"));
        asNationalAdmin().queryParam("campaign", "not-a-uuid")
                .get("/api/v1/certification-bodies/{id}/figures", CQC)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("campaign"));
    }

    /** A green week in the organic week's window, so that one activity can be merged into both (合并开展). */
    private static String greenWeekAtTheSameTime() {
        Map<String, Object> green = CampaignFixtures.organicWeek2022();
        green.put("kind", "green-product-week");
        green.put("name", Map.of("zh", "2022年全国绿色产品认证与标识宣传周"));
        return CampaignFixtures.createPublished(green);
    }

    private static RequestSpecification asCertificationBody(String approvalNumber) {
        return given().header("Authorization", DevTokens.bearer("certification-body", null,
                Map.of("org", approvalNumber))).contentType(ContentType.JSON);
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    private static Map<String, Object> withBodies(Map<String, Object> activity, String... bodies) {
        activity.put("certificationBodies", List.of(bodies));
        return activity;
    }

    private static Map<String, Object> internal(Map<String, Object> activity, String body) {
        activity.put("visibility", "internal");
        return withBodies(activity, body);
    }

    private static String schedule(Map<String, Object> activity) {
        return jiangsu().body(activity).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    private static void publish(String id) {
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
    }

    private static void complete(String id, int participants) {
        jiangsu().body(Map.of("actualParticipants", participants, "mediaItems", 2, "photoCount", 10))
                .post("/api/v1/activities/{id}/complete", id).then().statusCode(200);
    }

    /** A path into the figures' entry of one campaign, whatever its place in the list. */
    private static String inCampaign(String campaign, String path) {
        return "campaigns.find { it.campaign == '" + campaign + "' }." + path;
    }
}
