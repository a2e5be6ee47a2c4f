package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.as;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The reports' changes feed: each reader its reports, brought back by a draft and by a submission, once each. */
@QuarkusTest
class ReportChangesTest {

    private static final String CHANGES = "/api/v1/reports/changes";
    private static final String JIANGSU = "320000";

    @Test
    void aDraftAndASubmissionEachBringTheReportBackOnce() {
        UUID campaign = publishedCampaign("2022-10-14");
        String jiangsu = obligation(campaign, JIANGSU);

        // the national office reads all 32; once it has, Jiangsu's and a certification body's answers are final
        Feed all = new Feed(national(), campaign);
        all.readUntil(items -> items.size() == 32);
        assertEquals(32, new HashSet<>(all.ids()).size());
        Feed own = new Feed(province(JIANGSU), campaign);
        own.readUntil(items -> !items.isEmpty());
        assertEquals(List.of(jiangsu), own.ids());
        assertEquals(List.of(), new Feed(as("certification-body", null), campaign).page().getList("items"));
        as("partner", null).get(CHANGES).then().statusCode(403);

        saveDraft(jiangsu, JIANGSU);
        own.readUntil(items -> items.size() == 2);
        assertEquals(List.of(jiangsu, jiangsu), own.ids());
        assertEquals("draft", own.items.get(1).get("obligation.status"));

        province(JIANGSU).post("/api/v1/reports/{id}/submit", jiangsu).then().statusCode(200);
        own.readUntil(items -> items.size() == 3);
        assertEquals("submitted", own.items.get(2).get("obligation.status"));
        // the national office's reader, reading only now: Jiangsu's report once more, as it is now (submitted)
        all.readUntil(items -> items.size() == 33);
        assertEquals(jiangsu, all.ids().get(32));
        assertEquals("submitted", all.items.get(32).get("obligation.status"));
        assertEquals(List.of(), all.page().getList("items"));
    }

    @Test
    void aForgedCursorIs400OnAfter() {
        national().queryParam("after", "nonsense").get(CHANGES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
    }

    /** One reader of a campaign's reports, keeping its cursor and what it was served (id and obligation status). */
    private static final class Feed {
        final RequestSpecification auth;
        final UUID campaign;
        final List<Map<String, Object>> items = new ArrayList<>();
        String cursor;

        Feed(RequestSpecification auth, UUID campaign) {
            this.auth = auth;
            this.campaign = campaign;
        }

        JsonPath page() {
            RequestSpecification request = given().spec(auth).queryParam("campaign", campaign).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get(CHANGES).then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < page.getList("items").size(); i++) {
                items.add(Map.of("id", page.getString("items[" + i + "].obligation.id"),
                        "obligation.status", page.getString("items[" + i + "].obligation.status")));
            }
            cursor = page.getString("next");
            return page;
        }

        /** Reads until the condition holds: a change is served once every older transaction has ended. */
        void readUntil(Predicate<List<Map<String, Object>>> done) {
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
            while (!done.test(items)) {
                assertTrue(Instant.now().isBefore(giveUp), "served so far: " + items);
                page();
            }
        }

        List<Object> ids() {
            return items.stream().map(i -> i.get("id")).toList();
        }
    }
}
