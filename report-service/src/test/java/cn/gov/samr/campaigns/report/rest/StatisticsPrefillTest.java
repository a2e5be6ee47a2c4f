package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.etag;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.messaging.ActivityChanged;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.service.ActivityFigures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The draft's statistics come from the live projection of activity events; the province's changes stay visible
 * against it and survive a refresh, the figures it left alone follow the projection.
 */
@QuarkusTest
class StatisticsPrefillTest {

    private static final String HUBEI = "420000";

    @Inject
    ActivityFigures figures;

    @Test
    void preFilledEditedAndRefreshedWithoutLosingTheEdits() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, HUBEI);
        Activity lecture = Activity.published(campaign, HUBEI, "knowledge-lecture", "communities");
        ActivityEvents.send(ActivityChanged.SCHEDULED, lecture);
        ActivityEvents.send(ActivityChanged.COMPLETED, lecture.completed(120, 3));
        awaitParticipants(campaign, 120);
        province(HUBEI).body(ReportFixtures.mediaItem("https://www.hubei.gov.cn/a.html"))
                .post("/api/v1/reports/{id}/media", id).then().statusCode(201); // the draft starts with media

        Map<String, Object> draft = new HashMap<>(ReportFixtures.draft());
        draft.put("statistics", Map.of("participants", 150));
        JsonPath saved = province(HUBEI).header("If-Match", etag(id, HUBEI)).body(draft)
                .put("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("content.statistics.figure", hasItems("activities", "participants",
                        "participants.type.knowledge-lecture", "activities.setting.communities"))
                .extract().jsonPath();
        assertLine(line(saved, "participants"), 120, 150, 30, true);
        assertLine(line(saved, "activities"), 1, 1, 0, false);
        assertLine(line(saved, "mediaItems"), 3, 3, 0, false);

        Activity training = Activity.published(campaign, HUBEI, "skills-training", "farms");
        ActivityEvents.send(ActivityChanged.SCHEDULED, training);
        ActivityEvents.send(ActivityChanged.COMPLETED, training.completed(80, 1));
        awaitParticipants(campaign, 200);

        JsonPath refreshed = province(HUBEI).post("/api/v1/reports/{id}/statistics/refresh", id).then()
                .statusCode(200).body("projectedAt", notNullValue()).extract().jsonPath();
        assertLine(line(refreshed, "participants"), 200, 150, -50, true);
        assertLine(line(refreshed, "activities"), 2, 2, 0, false);
        assertLine(line(refreshed, "mediaItems"), 4, 4, 0, false);
        province(HUBEI).get("/api/v1/reports/{id}", id).then()
                .body("content.statistics.findAll { it.figure == 'activities.type.skills-training' }.reported",
                        contains(1));
    }

    private void awaitParticipants(UUID campaign, long participants) {
        await().atMost(Duration.ofSeconds(60)).until(() -> figures.of(campaign, HUBEI).participants() == participants);
    }

    private static Map<String, Object> line(JsonPath view, String figure) {
        return view.getMap("content.statistics.find { it.figure == '" + figure + "' }");
    }

    private static void assertLine(Map<String, Object> line, int projected, int reported, int difference,
            boolean edited) {
        assertEquals(
                Map.of("projected", projected, "reported", reported, "difference", difference, "edited", edited),
                Map.of("projected", line.get("projected"), "reported", line.get("reported"), "difference",
                        line.get("difference"), "edited", line.get("edited")), String.valueOf(line));
    }
}
