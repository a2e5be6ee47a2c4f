package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.rules;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendPublishedWith;
import static cn.gov.samr.campaigns.report.messaging.CampaignEvents.sendUpdatedWith;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.report.service.ReminderService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who owes which reports, as the campaign's reporting rules say: provincial units and certification bodies, the
 * activity plan and the summary with their own deadlines, nothing for a campaign that owes nothing, and an archived
 * edition that is never reminded and whose reports are recorded as received, on their real dates.
 */
@QuarkusTest
class ObligationRulesTest {

    static final String CQC = "CNCA-R-2002-001";
    static final String OTHER_BODY = "CNCA-R-2002-002";

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager em;

    static RequestSpecification body(String approvalNumber) {
        return given().header("Authorization", DevTokens.bearer("certification-body", null, Map.of("org", approvalNumber)))
                .contentType(ContentType.JSON);
    }

    /** Waits until the campaign has {@code count} obligations (as the national office sees them). */
    static void awaitObligations(UUID campaign, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> national().queryParam("campaign", campaign)
                .queryParam("limit", 200).get("/api/v1/obligations").then().extract().path("items.size()")
                .equals(count));
    }

    static String obligation(UUID campaign, String party, String kind) {
        return national().queryParam("campaign", campaign).queryParam("party", party).queryParam("kind", kind)
                .get("/api/v1/obligations").then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aPlanAndASummaryEachWithItsOwnDeadlineFromUnitsAndABody() {
        UUID campaign = UUID.randomUUID();
        sendPublishedWith(campaign, "2022-10-14", rules("live", List.of(JIANGSU, ZHEJIANG), List.of(CQC), "2022-09-09", true));
        awaitObligations(campaign, 6);

        national().queryParam("campaign", campaign).queryParam("kind", "activity-plan").get("/api/v1/obligations")
                .then().statusCode(200)
                .body("items.party.code", contains(JIANGSU, ZHEJIANG, CQC))
                .body("items.deadline", everyItem(equalTo("2022-09-09")))
                .body("items.party.type", contains("provincial-unit", "provincial-unit", "certification-body"));
        national().queryParam("campaign", campaign).queryParam("kind", "summary").get("/api/v1/obligations")
                .then().statusCode(200)
                .body("items.deadline", everyItem(equalTo("2022-10-14")))
                .body("items.kind", everyItem(equalTo("summary")));
        national().queryParam("campaign", campaign).queryParam("kind", "report").get("/api/v1/obligations")
                .then().statusCode(400).body("errors.field", contains("kind"));
        // paged by party then kind: the second page resumes inside nothing, and loses or repeats nothing
        String cursor = national().queryParam("campaign", campaign).queryParam("limit", 4).get("/api/v1/obligations")
                .then().statusCode(200).extract().path("next");
        national().queryParam("campaign", campaign).queryParam("limit", 4).queryParam("cursor", cursor)
                .get("/api/v1/obligations").then().statusCode(200)
                .body("items.party.code", contains(CQC, CQC))
                .body("items.kind", contains("activity-plan", "summary"));

        // the plan: a text, no statistics, the same submit and accept
        String plan = obligation(campaign, JIANGSU, "activity-plan");
        Map<String, Object> withFigures = new HashMap<>(Map.of("plan", "全省组织认证宣传活动方案", "statistics", Map.of("activities", 3)));
        province(JIANGSU).header("If-Match", etag(province(JIANGSU), plan)).body(withFigures)
                .put("/api/v1/reports/{id}", plan).then().statusCode(400).body("errors.field", contains("statistics"));
        province(JIANGSU).header("If-Match", etag(province(JIANGSU), plan)).body(Map.of("plan", "全省组织认证宣传活动方案"))
                .put("/api/v1/reports/{id}", plan).then().statusCode(200)
                .body("content.plan", equalTo("全省组织认证宣传活动方案"))
                .body("content.statistics", equalTo(List.of()));
        province(JIANGSU).post("/api/v1/reports/{id}/submit", plan).then().statusCode(200)
                .body("obligation.status", equalTo("submitted"))
                .body("obligation.kind", equalTo("activity-plan"));
        national().body(Map.of()).post("/api/v1/reports/{id}/accept", plan).then().statusCode(200)
                .body("obligation.status", equalTo("accepted"));
        // the summary of the same unit is untouched
        national().get("/api/v1/reports/{id}", obligation(campaign, JIANGSU, "summary")).then().statusCode(200)
                .body("obligation.status", equalTo("not-started"));
    }

    @Test
    void aCertificationBodySeesAndWorksOnItsOwnObligationsOnly() {
        UUID campaign = UUID.randomUUID();
        sendPublishedWith(campaign, "2022-10-14", rules("live", List.of(JIANGSU), List.of(CQC, OTHER_BODY), null, true));
        awaitObligations(campaign, 3);

        body(CQC).queryParam("campaign", campaign).get("/api/v1/obligations").then().statusCode(200)
                .body("items.party.code", contains(CQC));
        body(CQC).queryParam("campaign", campaign).queryParam("party", OTHER_BODY).get("/api/v1/obligations")
                .then().statusCode(403);
        province(JIANGSU).queryParam("campaign", campaign).get("/api/v1/obligations").then().statusCode(200)
                .body("items.party.code", contains(JIANGSU));

        String own = obligation(campaign, CQC, "summary");
        String other = obligation(campaign, OTHER_BODY, "summary");
        String jiangsu = obligation(campaign, JIANGSU, "summary");
        body(CQC).header("If-Match", etag(body(CQC), own)).body(Map.of("narrative", Map.of("done", "开展认证开放日3场")))
                .put("/api/v1/reports/{id}", own).then().statusCode(200)
                .body("obligation.party.type", equalTo("certification-body"));
        body(CQC).post("/api/v1/reports/{id}/submit", own).then().statusCode(200)
                .body("obligation.status", equalTo("submitted"));
        body(CQC).get("/api/v1/reports/{id}", other).then().statusCode(403);
        body(CQC).get("/api/v1/reports/{id}", jiangsu).then().statusCode(403);
        province(JIANGSU).get("/api/v1/reports/{id}", own).then().statusCode(403);
        national().get("/api/v1/reports/{id}", own).then().statusCode(200);
    }

    @Test
    void aCampaignOwingNothingOpensNothingAndAnUpdateMayAddABody() {
        UUID series = UUID.randomUUID();
        String eventId = sendPublishedWith(series, null, rules("live", List.of(), List.of(), null, false));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from processed_event where event_id = ?1", eventId) == 1);
        assertEquals(0, count("select count(*) from obligation where campaign_id = ?1", series));

        UUID week = UUID.randomUUID();
        sendPublishedWith(week, "2022-10-14", rules("live", List.of(JIANGSU), List.of(), null, true));
        awaitObligations(week, 1);
        sendUpdatedWith(week, "2022-10-21", rules("live", List.of(JIANGSU), List.of(CQC), null, true));
        awaitObligations(week, 2);
        national().queryParam("campaign", week).get("/api/v1/obligations").then().statusCode(200)
                .body("items.party.code", contains(JIANGSU, CQC))
                .body("items.deadline", everyItem(equalTo("2022-10-21")))
                .body("items[0].party.zh", equalTo("单位320000"));
    }

    @Test
    void anArchivedEditionIsNeverRemindedAndItsReportsAreRecordedAsReceived() {
        UUID campaign = UUID.randomUUID();
        sendPublishedWith(campaign, "2019-10-14", rules("archive", null, List.of(), null, true));
        awaitObligations(campaign, 32);
        String jiangsu = obligation(campaign, JIANGSU, "summary");
        national().get("/api/v1/reports/{id}", jiangsu).then().statusCode(200)
                .body("obligation.archived", equalTo(true));

        reminders.remind(china("2019-10-10T09:00")); // 4 days before: would be a 7-day reminder
        reminders.remind(china("2019-10-20T09:00")); // past the deadline: would be DeadlineMissed
        assertEquals(0, count("""
                select count(*) from reminder_sent r join obligation o on o.id = r.obligation_id
                where o.campaign_id = ?1""", campaign));
        assertEquals(0, count("""
                select count(*) from outbox_event e join obligation o on e.aggregate_id = cast(o.id as text)
                where o.campaign_id = ?1""", campaign));

        // the province does not edit an archive; the national office records what arrived, on its day
        province(JIANGSU).header("If-Match", etag(province(JIANGSU), jiangsu))
                .body(ReportFixtures.draft()).put("/api/v1/reports/{id}", jiangsu).then().statusCode(409);
        national().body(receipt("2099-01-01")).post("/api/v1/reports/{id}/receipt", jiangsu).then().statusCode(400)
                .body("errors.field", contains("receivedOn"));
        national().body(Map.of("narrative", Map.of("done", "x"))).post("/api/v1/reports/{id}/receipt", jiangsu)
                .then().statusCode(400).body("errors.field", contains("receivedOn"));
        province(JIANGSU).body(receipt("2019-10-16")).post("/api/v1/reports/{id}/receipt", jiangsu).then()
                .statusCode(403);
        national().body(receipt("2019-10-16")).post("/api/v1/reports/{id}/receipt", jiangsu).then().statusCode(200)
                .body("obligation.status", equalTo("accepted"))
                .body("obligation.receivedOn", equalTo("2019-10-16"))
                .body("obligation.timeliness", equalTo("late"))
                .body("obligation.firstSubmittedAt", equalTo("2019-10-16T00:00:00.000+08:00"))
                .body("content.narrative.done", equalTo("全省举办认证宣传活动61场"));
        national().get("/api/v1/reports/{id}/versions", jiangsu).then().statusCode(200)
                .body("number", contains(1)).body("outcome", contains("accepted"));
        national().body(receipt("2019-10-16")).post("/api/v1/reports/{id}/receipt", jiangsu).then().statusCode(409);
        String onTime = obligation(campaign, ZHEJIANG, "summary");
        national().body(receipt("2019-10-14")).post("/api/v1/reports/{id}/receipt", onTime).then().statusCode(200)
                .body("obligation.timeliness", equalTo("on-time"));
        assertEquals(0, count("""
                select count(*) from outbox_event e join obligation o on e.aggregate_id = cast(o.id as text)
                where o.campaign_id = ?1""", campaign));

        UUID live = UUID.randomUUID();
        sendPublishedWith(live, "2022-10-14", rules("live", List.of(JIANGSU), List.of(), null, true));
        awaitObligations(live, 1);
        national().body(receipt("2022-10-10")).post("/api/v1/reports/{id}/receipt", obligation(live, JIANGSU, "summary"))
                .then().statusCode(409);
    }

    static Map<String, Object> receipt(String receivedOn) {
        return Map.of("receivedOn", receivedOn, "narrative", Map.of("done", "全省举办认证宣传活动61场"),
                "statistics", Map.of("activities", 61));
    }

    static String etag(RequestSpecification caller, String obligation) {
        return caller.get("/api/v1/reports/{id}", obligation).then().statusCode(200).extract().header("ETag");
    }

    static Instant china(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
