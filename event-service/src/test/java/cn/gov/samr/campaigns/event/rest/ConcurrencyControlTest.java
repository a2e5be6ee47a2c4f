package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Optimistic concurrency over HTTP: a write answers the ETag of the version it stored, a change without If-Match is
 * 428, a stale one 412 (and neither changes anything), and a GET names its ETag in If-None-Match to get a 304.
 */
@QuarkusTest
class ConcurrencyControlTest {

    private static final String CAMPAIGN = "/api/v1/campaigns/{id}";
    private static final String ACTIVITY = "/api/v1/activities/{id}";

    @Test
    void theEtagOfACampaignChangeIsTheNextIfMatch() {
        String id = createDraft(organicWeek2022());
        String created = etag(CAMPAIGN, id);
        String first = put(asNationalAdmin().header("If-Match", created), theme("第一次"), CAMPAIGN, id);
        assertNotEquals(created, first);
        assertEquals(first, etag(CAMPAIGN, id));
        String second = put(asNationalAdmin().header("If-Match", first), theme("第二次"), CAMPAIGN, id);
        assertEquals(second, etag(CAMPAIGN, id));
        asNationalAdmin().get(CAMPAIGN, id).then().body("themes[0].zh", equalTo("第二次"));
    }

    @Test
    void aCampaignChangeWithoutIfMatchIs428AndChangesNothing() {
        String id = createDraft(organicWeek2022());
        String before = etag(CAMPAIGN, id);
        asNationalAdmin().body(theme("无条件")).put(CAMPAIGN, id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://certification-campaigns.samr.gov.cn/problems/precondition-required"))
                .body("status", equalTo(428))
                .body("detail", containsString("send its ETag in If-Match"));
        asNationalAdmin().header("If-Match", "\"999\"").body(theme("过时")).put(CAMPAIGN, id)
                .then().statusCode(412).contentType("application/problem+json");
        assertEquals(before, etag(CAMPAIGN, id));
        asNationalAdmin().get(CAMPAIGN, id).then().body("themes[0].zh", equalTo(organicWeek2022Theme()));
    }

    @Test
    void ifMatchStarOverwritesDeliberately() {
        String id = createDraft(organicWeek2022());
        String answered = put(asNationalAdmin().header("If-Match", "*"), theme("覆盖"), CAMPAIGN, id);
        assertEquals(answered, etag(CAMPAIGN, id));
    }

    @Test
    void hostSlotsNeedIfMatchAndAnswerTheNewEtag() {
        String id = createDraft(experienceWeek2022());
        Map<String, Object> slots = Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证")));
        asNationalAdmin().body(slots).put(CAMPAIGN + "/host-slots", id).then().statusCode(428);
        asNationalAdmin().get(CAMPAIGN, id).then().body("hostSlots", hasSize(0));
        String answered = asNationalAdmin().header("If-Match", etag(CAMPAIGN, id)).body(slots)
                .put(CAMPAIGN + "/host-slots", id).then().statusCode(200).extract().header("ETag");
        assertEquals(answered, etag(CAMPAIGN, id));
    }

    @Test
    void publishAndCloseAnswerTheStoredVersion() {
        String id = createDraft(organicWeek2022());
        String published = asNationalAdmin().post(CAMPAIGN + "/publish", id).then().statusCode(200).extract()
                .header("ETag");
        assertEquals(published, etag(CAMPAIGN, id));
        String closed = asNationalAdmin().post(CAMPAIGN + "/close", id).then().statusCode(200).extract().header("ETag");
        assertNotEquals(published, closed);
        assertEquals(closed, etag(CAMPAIGN, id));
    }

    @Test
    void aCampaignGetAnswers304WhenIfNoneMatchNamesItsEtag() {
        String id = createDraft(organicWeek2022());
        String etag = etag(CAMPAIGN, id);
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"12345\", " + etag, "*")) {
            asNationalAdmin().header("If-None-Match", ifNoneMatch).get(CAMPAIGN, id)
                    .then().statusCode(304).header("ETag", etag).body(emptyString());
        }
        asNationalAdmin().header("If-None-Match", "\"12345\"").get(CAMPAIGN, id)
                .then().statusCode(200).header("ETag", etag).body("id", equalTo(id));
        put(asNationalAdmin().header("If-Match", etag), theme("改了"), CAMPAIGN, id);
        asNationalAdmin().header("If-None-Match", etag).get(CAMPAIGN, id)
                .then().statusCode(200).body("themes[0].zh", equalTo("改了"));
    }

    @Test
    void anActivityChangeAnswersItsNewEtagAndNeedsIfMatch() {
        String campaign = organicWeek();
        RequestSpecification jiangsu = as("provincial-officer", "320000");
        String id = jiangsu.body(lecture(campaign, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String created = etag(ACTIVITY, id);

        as("provincial-officer", "320000").body(lecture(campaign, "2022-09-21")).put(ACTIVITY, id)
                .then().statusCode(428).body("detail", containsString("If-Match"));
        assertEquals(created, etag(ACTIVITY, id));
        asNationalAdmin().get(ACTIVITY, id).then().body("startsAt", equalTo("2022-09-20T09:00:00.000+08:00"));

        String first = put(as("provincial-officer", "320000").header("If-Match", created), lecture(campaign, "2022-09-21"),
                ACTIVITY, id);
        assertNotEquals(created, first);
        assertEquals(first, etag(ACTIVITY, id));
        put(as("provincial-officer", "320000").header("If-Match", first), lecture(campaign, "2022-09-22"), ACTIVITY, id);
        as("provincial-officer", "320000").header("If-Match", first).body(lecture(campaign, "2022-09-19"))
                .put(ACTIVITY, id).then().statusCode(412);
        asNationalAdmin().get(ACTIVITY, id).then().body("startsAt", equalTo("2022-09-22T09:00:00.000+08:00"));

        String current = etag(ACTIVITY, id);
        asNationalAdmin().header("If-None-Match", current).get(ACTIVITY, id)
                .then().statusCode(304).header("ETag", current).body(emptyString());
    }

    private static String put(RequestSpecification request, Map<String, Object> body, String path, String id) {
        return request.body(body).put(path, id).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> theme(String zh) {
        Map<String, Object> body = organicWeek2022();
        body.put("themes", List.of(CampaignFixtures.theme("national", zh, null)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static String organicWeek2022Theme() {
        return ((List<Map<String, String>>) organicWeek2022().get("themes")).get(0).get("zh");
    }
}
