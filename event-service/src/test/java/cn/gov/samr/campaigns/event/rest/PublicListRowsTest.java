package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.event.domain.Activity;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public list reads its page as rows (campaigns and settings as arrays) rather than entities: the answer must be
 * what the entity view gives for the same activity, field for field, and no Activity entity or collection is loaded.
 */
@QuarkusTest
class PublicListRowsTest {

    private static final String LINK = "https://live.example.cn/room/2022-merged?lang=zh";

    @Inject
    EntityManagerFactory factory;

    @Test
    void aRowShowsAMergedActivityExactlyAsTheEntityViewDoes() {
        String organic = organicWeek();
        String id = richActivity(organic);

        Map<String, Object> listed = given().queryParam("campaign", organic).get("/api/v1/public/activities")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        // the changes feed builds the same view from the entity
        Map<String, Object> fromEntity = given().queryParam("campaign", organic)
                .get("/api/v1/public/activities/changes").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.id == '" + id + "' }");
        assertNotNull(fromEntity);
        assertEquals(fromEntity.keySet(), listed.keySet());
        for (String key : fromEntity.keySet()) {
            Object expected = fromEntity.get(key);
            Object actual = listed.get(key);
            if (expected instanceof List<?> e && actual instanceof List<?> a) { // sets: any order
                assertEquals(new java.util.HashSet<>(e), new java.util.HashSet<>(a), key);
                assertEquals(e.size(), a.size(), key);
            } else {
                assertEquals(expected, actual, key);
            }
        }
        assertEquals(2, ((List<?>) listed.get("campaigns")).size());
        assertEquals(2, ((List<?>) listed.get("settings")).size());
        assertEquals("/api/v1/public/activities/" + id + "/image", listed.get("image"));

        Map<String, Object> near = given().queryParam("campaign", organic).queryParam("near", "32.05,118.79")
                .get("/api/v1/public/activities").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> withoutDistance = new HashMap<>(near);
        assertEquals(0.0, ((Number) withoutDistance.remove("distanceKm")).doubleValue());
        Map<String, Object> listedWithoutDistance = new HashMap<>(listed);
        listedWithoutDistance.remove("distanceKm");
        assertEquals(listedWithoutDistance, withoutDistance);
    }

    @Test
    void theListsLoadNoActivityEntityNorCollection() {
        String organic = organicWeek();
        richActivity(organic);
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            given().queryParam("campaign", organic).get("/api/v1/public/activities").then().statusCode(200);
            given().queryParam("near", "32.05,118.79").get("/api/v1/public/activities").then().statusCode(200);
            given().get("/api/v1/public/activities").then().statusCode(200);
            assertEquals(0, statistics.getEntityStatistics(Activity.class.getName()).getLoadCount(), "entities");
            for (String collection : List.of("campaignIds", "settings")) {
                assertEquals(0, statistics.getCollectionStatistics(Activity.class.getName() + "." + collection)
                        .getFetchCount(), collection);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Public, published, merged under two campaigns, two settings, hybrid with a link, located, with an image. */
    private static String richActivity(String organic) {
        Map<String, Object> body = lecture(organic, "2022-09-21");
        body.put("campaigns", List.of(organic, organicWeek())); // merged (合并开展)
        body.put("settings", List.of("communities", "supermarkets"));
        body.put("format", "hybrid");
        body.put("onlineUrl", LINK);
        body.put("startsAt", "2022-09-21T09:00:00+08:00");
        body.put("endsAt", "2022-09-21T11:30:00+08:00");
        String id = as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        as("provincial-officer", "320000").contentType("image/png").body(ActivityLinkAndImageTest.png(2000))
                .put("/api/v1/activities/{id}/image", id).then().statusCode(200);
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }
}
