package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdminIfMatch;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.theme;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Campaigns as they really happen (issue 11, point 3): themes by scope, series, parents whose windows warn, the
 * figures of a parent or a series, host slots in several provinces at once, and roll-over.
 */
@QuarkusTest
class CampaignShapeTest {

    // ---- host slots

    @Test
    void fourHostProvincesInTheSameWeek() {
        String id = createDraft(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(
                slot("320000", "2022-09-19", "2022-09-23", "养老服务认证"),
                slot("330000", "2022-09-19", "2022-09-23", "青少年视觉健康与验光配镜服务认证"),
                slot("440000", "2022-09-19", "2022-09-23", "绿色低碳服务"),
                slot("510000", "2022-09-19", "2022-09-23", "服务认证数字化信息化赋能"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(200)
                .body("hostSlots.province", containsInAnyOrder("320000", "330000", "440000", "510000"))
                .body("hostSlots.weekStart", contains("2022-09-19", "2022-09-19", "2022-09-19", "2022-09-19"));
    }

    @Test
    void aHostSlotStillLiesInsideTheWindow() {
        String id = createDraft(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-28", "2022-10-02", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(400)
                .body("errors.field", contains("slots[0]"));
    }

    // ---- themes

    @Test
    void twoThemesOfOneScopeAreRefused() {
        Map<String, Object> body = organicWeek2022();
        body.put("themes", List.of(theme("national", "主题一", null), theme("domestic", "主题二", null),
                theme("national", "主题三", null)));
        asNationalAdmin().body(body).post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.field", contains("themes[2].scope"))
                .body("errors[0].message", equalTo("themes[0] is already the national theme; one theme per scope"));
    }

    // ---- parents

    @Test
    void aChildRunningTwoDaysPastItsParentIsAcceptedWithAWarning() {
        String month = createPublished(qualityMonth2022());
        Map<String, Object> week = weekUnder(month, "2022-09-26", "2022-10-02");
        asNationalAdmin().body(week).post("/api/v1/campaigns")
                .then().statusCode(201)
                .body("parentId", equalTo(month))
                .body("warnings", hasSize(1))
                .body("warnings[0].field", equalTo("parentId"))
                .body("warnings[0].message", equalTo("runs 2 days past the parent's window 2022-09-01 to 2022-09-30"));

        Map<String, Object> inside = weekUnder(month, "2022-09-19", "2022-09-23");
        asNationalAdmin().body(inside).post("/api/v1/campaigns").then().statusCode(201).body("warnings", empty());
    }

    @Test
    void anUnknownParentSelfParentAndCycleAreRefused() {
        Map<String, Object> orphan = organicWeek2022();
        orphan.put("parentId", "00000000-0000-0000-0000-000000000001");
        assertInvalid(orphan, "parentId", "no such campaign");

        String top = createDraft(organicWeek2022());
        String below = createDraft(weekUnder(top, "2022-09-19", "2022-09-23"));
        Map<String, Object> self = organicWeek2022();
        self.put("parentId", top);
        asNationalAdminIfMatch(top).body(self).put("/api/v1/campaigns/{id}", top)
                .then().statusCode(400)
                .body("errors.find { it.field == 'parentId' }.message", equalTo("a campaign cannot be its own parent"));
        Map<String, Object> cycle = organicWeek2022();
        cycle.put("parentId", below);
        asNationalAdminIfMatch(top).body(cycle).put("/api/v1/campaigns/{id}", top)
                .then().statusCode(400)
                .body("errors.find { it.field == 'parentId' }.message", containsString("a cycle"));
    }

    @Test
    void aParentsFiguresCountItsChildsActivitiesAndAMergedActivityOnce() {
        String month = createPublished(qualityMonth2022());
        String week = asNationalAdmin().body(weekUnder(month, "2022-09-26", "2022-10-02")).post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id");
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", week).then().statusCode(200);

        completed(lecture(week, "2022-10-01"), "320000", 80); // the child's own, past the parent's window
        completed(merged(List.of(month, week), "2022-09-27"), "320000", 120); // merged: once
        published(lecture(month, "2022-09-05"), "330000", "330100");
        jiangsu().body(lecture(week, "2022-09-28")).post("/api/v1/activities").then().statusCode(201); // planned
        LaunchCeremonyFixtures.plan(LaunchCeremonyFixtures.launchInNanjing("2022-09-26", month, week)); // shared: once

        asPartner().get("/api/v1/campaigns/{id}/figures", month)
                .then().statusCode(200)
                .body("campaignId", equalTo(month))
                .body("campaigns", contains(month, week))
                .body("national.activities", equalTo(3))
                .body("national.completed", equalTo(2))
                .body("national.published", equalTo(1))
                .body("national.participants", equalTo(200))
                .body("launchCeremonies", equalTo(1))
                .body("provincialUnits", hasSize(32))
                .body("provincialUnits.find { it.provincialUnit == '320000' }.figures.activities", equalTo(2))
                .body("provincialUnits.find { it.provincialUnit == '320000' }.name.zh", equalTo("江苏省"))
                .body("provincialUnits.find { it.provincialUnit == '330000' }.figures.published", equalTo(1))
                .body("provincialUnits.find { it.provincialUnit == '110000' }.figures.activities", equalTo(0));
        asPartner().get("/api/v1/campaigns/{id}/figures", week)
                .then().statusCode(200)
                .body("campaigns", contains(week))
                .body("national.activities", equalTo(2));
    }

    @Test
    void draftFiguresAreTheNationalOfficesOnly() {
        String draft = createDraft(organicWeek2022());
        asPartner().get("/api/v1/campaigns/{id}/figures", draft).then().statusCode(404);
        asNationalAdmin().get("/api/v1/campaigns/{id}/figures", draft).then().statusCode(200)
                .body("national.activities", equalTo(0));
        io.restassured.RestAssured.given().get("/api/v1/campaigns/{id}/figures", draft).then().statusCode(401);
    }

    // ---- series

    @Test
    void aSeriesWithTwoEditionsAddsUpTheirFiguresAndOwesNothing() {
        String series = createPublished(series2022());
        asNationalAdmin().get("/api/v1/campaigns/{id}", series).then()
                .body("reporting.summary", equalTo(false))
                .body("reporting.provincialUnits", empty())
                .body("reporting.activityPlanDue", nullValue());
        String organic = createPublished(edition(series, "organic-product-week", "2022-09-19", "2022-09-23"));
        String green = createPublished(edition(series, "green-product-week", "2022-09-26", "2022-09-30"));

        completed(lecture(organic, "2022-09-20"), "320000", 50);
        completed(lecture(green, "2022-09-27"), "320000", 70);
        published(lecture(green, "2022-09-28"), "320000", "320102");

        asPartner().get("/api/v1/campaigns/{id}/figures", series)
                .then().statusCode(200)
                .body("campaigns", contains(series, organic, green))
                .body("national.activities", equalTo(3))
                .body("national.participants", equalTo(120));
        asPartner().queryParam("series", series).get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(organic, green));
    }

    @Test
    void aSeriesThatOwesAReportOrBelongsSomewhereIsRefused() {
        Map<String, Object> owing = series2022();
        owing.put("reporting", Map.of("summary", true));
        owing.put("reportingDeadline", "2022-10-31");
        assertInvalid(owing, "reporting", "a series owes no reports; its editions do (leave reporting out, or owe "
                + "nothing)");

        String month = createDraft(qualityMonth2022());
        Map<String, Object> nested = series2022();
        nested.put("parentId", month);
        assertInvalid(nested, "parentId", "a series runs under no parent; its editions may");
    }

    @Test
    void aSeriesWithEditionsStaysASeries() {
        String series = createDraft(series2022());
        createDraft(edition(series, "organic-product-week", "2022-09-19", "2022-09-23"));
        Map<String, Object> other = series2022();
        other.put("kind", "other");
        other.put("reportingDeadline", "2022-10-31");
        asNationalAdminIfMatch(series).body(other).put("/api/v1/campaigns/{id}", series)
                .then().statusCode(400)
                .body("errors.find { it.field == 'kind' }.message",
                        equalTo("1 edition(s) belong to this series; it stays a series"));
    }

    @Test
    void aSeriesIdMustNameASeries() {
        String month = createDraft(qualityMonth2022());
        assertInvalid(edition(month, "organic-product-week", "2022-09-19", "2022-09-23"), "seriesId",
                "names a campaign of kind quality-month, not a series");
        assertInvalid(edition("00000000-0000-0000-0000-000000000002", "organic-product-week", "2022-09-19",
                "2022-09-23"), "seriesId", "no such campaign");
    }

    @Test
    void theParentFilterListsTheDirectChildren() {
        String month = createPublished(qualityMonth2022());
        String a = createPublished(weekUnder(month, "2022-09-19", "2022-09-23"));
        String b = createDraft(weekUnder(month, "2022-09-26", "2022-09-30"));
        createPublished(organicWeek2022()); // not under it

        asNationalAdmin().queryParam("parent", month).get("/api/v1/campaigns")
                .then().statusCode(200).body("items.id", containsInAnyOrder(a, b));
        asPartner().queryParam("parent", month).get("/api/v1/campaigns")
                .then().statusCode(200).body("items.id", contains(a)); // drafts stay the national office's
        asNationalAdmin().queryParam("parent", "not-a-uuid").get("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("parent"));
    }

    // ---- roll-over

    @Test
    void rollOverLeavesWhatMustBeDecidedAgainEmptyKeepsTheSeriesAndMapsTheParent() {
        String series = createPublished(series2022());
        String month = createPublished(qualityMonth2022());
        Map<String, Object> week = experienceWeek2022();
        week.put("parentId", month);
        week.put("seriesId", series);
        week.put("reporting", Map.of("provincialUnits", List.of("320000", "330000"), "mode", "archive",
                "activityPlanDue", "2022-08-31"));
        String edition = createDraft(week);
        asNationalAdminIfMatch(edition).body(Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", edition).then().statusCode(200);
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", edition).then().statusCode(200);

        String nextMonth = asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", month)
                .then().statusCode(201).extract().path("id");
        String next = asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", edition)
                .then().statusCode(201)
                .body("kind", equalTo("service-experience-week"))
                .body("name.zh", equalTo("2023年全国服务认证体验周"))
                .body("window.start", equalTo("2023-09-04"))
                .body("focusThemes", hasSize(4))
                .body("themes", empty())
                .body("hostSlots", empty())
                .body("launchCeremonies", empty())
                .body("reportingDeadline", nullValue())
                .body("seriesId", equalTo(series))
                .body("parentId", equalTo(nextMonth))
                .body("reporting.mode", equalTo("live"))
                .body("reporting.provincialUnits", contains("320000", "330000"))
                .body("reporting.activityPlanDue", equalTo("2023-08-30"))
                .body("reporting.summary", equalTo(true))
                .extract().path("id");

        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", next)
                .then().statusCode(409)
                .body("detail", containsString("reportingDeadline is missing"));
        Map<String, Object> decided = experienceWeek2022();
        decided.put("name", Map.of("zh", "2023年全国服务认证体验周"));
        decided.put("window", Map.of("start", "2023-09-04", "end", "2023-09-29"));
        decided.put("reportingDeadline", "2023-10-13");
        decided.put("parentId", nextMonth);
        decided.put("seriesId", series);
        asNationalAdminIfMatch(next).body(decided).put("/api/v1/campaigns/{id}", next).then().statusCode(200);
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", next).then().statusCode(200)
                .body("status", equalTo("published"));
    }

    @Test
    void rollOverWithoutANextYearsParentLeavesTheParentEmpty() {
        String month = createPublished(qualityMonth2022());
        String week = createPublished(weekUnder(month, "2022-09-19", "2022-09-23"));
        asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", week)
                .then().statusCode(201).body("parentId", nullValue());
    }

    // ---- fixtures

    /** Quality Month 2022 (质量月): all of September. */
    private static Map<String, Object> qualityMonth2022() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "quality-month");
        body.put("name", Map.of("zh", "2022年全国质量月"));
        body.put("themes", List.of(theme("national", "推进质量强国建设", null)));
        body.put("window", Map.of("start", "2022-09-01", "end", "2022-09-30"));
        body.put("reportingDeadline", "2022-10-31");
        return body;
    }

    /** The umbrella series of 2022 (全国质量认证系列宣传体验周): no reports, no deadline. */
    private static Map<String, Object> series2022() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "series");
        body.put("name", Map.of("zh", "2022年全国质量认证系列宣传体验周"));
        body.put("window", Map.of("start", "2022-09-01", "end", "2022-09-30"));
        body.remove("reportingDeadline");
        return body;
    }

    /** An organic week under the given parent, in the given window. */
    private static Map<String, Object> weekUnder(String parent, String start, String end) {
        Map<String, Object> body = organicWeek2022();
        body.put("parentId", parent);
        body.put("window", Map.of("start", start, "end", end));
        return body;
    }

    /** An edition of the given series. */
    private static Map<String, Object> edition(String series, String kind, String start, String end) {
        Map<String, Object> body = weekUnder(null, start, end);
        body.remove("parentId");
        body.put("kind", kind);
        body.put("seriesId", series);
        return body;
    }

    /** A lecture merged into several campaigns (合并开展). */
    private static Map<String, Object> merged(List<String> campaigns, String day) {
        Map<String, Object> body = lecture(campaigns.get(0), day);
        body.put("campaigns", campaigns);
        return body;
    }

    /** Scheduled and published by the provincial unit's officer, at a venue in the given division. */
    private static String published(Map<String, Object> activity, String unit, String division) {
        activity.put("venue", Map.of("division", division, "address", "社区中心", "latitude", 30.27, "longitude", 120.15));
        return publish(activity, unit);
    }

    private static String publish(Map<String, Object> activity, String unit) {
        String id = officer(unit).body(activity).post("/api/v1/activities").then().statusCode(201).extract().path("id");
        officer(unit).post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }

    /** Published by the unit's officer, then completed with the given participants. */
    private static void completed(Map<String, Object> activity, String unit, int participants) {
        String id = publish(activity, unit);
        officer(unit).body(Map.of("actualParticipants", participants, "mediaItems", 1, "photoCount", 5))
                .post("/api/v1/activities/{id}/complete", id).then().statusCode(200);
    }

    private static RequestSpecification officer(String unit) {
        return as("provincial-officer", unit);
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    private static RequestSpecification asPartner() {
        return as("partner", null);
    }

    private static void assertInvalid(Map<String, Object> body, String field, String message) {
        asNationalAdmin().body(body).post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }
}
