package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * "Activities near me": near and radiusKm, bbox, on the JSON list (nearest first, distanceKm) and on the feeds. Known
 * places in 南京 and 苏州 (WGS-84); the expected distances are computed here with the haversine on earthdistance's
 * sphere (radius 6,378.168 km), independently of the database.
 */
@QuarkusTest
class PublicActivityNearTest {

    /** 新街口 (Xinjiekou), the centre of 南京. */
    static final double[] XINJIEKOU = { 32.0418, 118.7849 };
    /** 夫子庙 (the Confucius Temple), 秦淮区: about 2.4 km south. */
    static final double[] FUZIMIAO = { 32.0206, 118.7887 };
    /** 中山陵 (the Sun Yat-sen Mausoleum), 玄武区: about 6.5 km east. */
    static final double[] ZHONGSHANLING = { 32.0644, 118.8487 };
    /** 南京南站 (Nanjing South railway station), 雨花台区: about 8 km south. */
    static final double[] NANJING_SOUTH = { 31.9687, 118.7977 };
    /** 观前街, 苏州市姑苏区: about 190 km east-south-east. */
    static final double[] GUANQIAN = { 31.3125, 120.6285 };

    @Test
    void nearComesNearestFirstWithTheDistanceOfEach() {
        Places p = places();
        JsonPath page = near(p.campaign, "20").then().statusCode(200)
                .body("items.id", contains(p.fuzimiao, p.zhongshanling, p.nanjingSouth)).extract().jsonPath();
        assertDistance(FUZIMIAO, page.getDouble("items[0].distanceKm"));
        assertDistance(ZHONGSHANLING, page.getDouble("items[1].distanceKm"));
        assertDistance(NANJING_SOUTH, page.getDouble("items[2].distanceKm"));
        double toFuzimiao = page.getDouble("items[0].distanceKm");
        assertTrue(toFuzimiao > 2.2 && toFuzimiao < 2.6, "新街口 to 夫子庙 is about 2.4 km, not " + toFuzimiao);
    }

    @Test
    void theRadiusBoundsTheSearchAndDefaultsToTenKilometres() {
        Places p = places();
        near(p.campaign, "5").then().statusCode(200).body("items.id", contains(p.fuzimiao));
        near(p.campaign, null).then().statusCode(200)
                .body("items.id", contains(p.fuzimiao, p.zhongshanling, p.nanjingSouth));
        JsonPath wide = near(p.campaign, "300").then().statusCode(200)
                .body("items.id", contains(p.fuzimiao, p.zhongshanling, p.nanjingSouth, p.guanqian))
                .extract().jsonPath();
        assertDistance(GUANQIAN, wide.getDouble("items[3].distanceKm"));
    }

    /** Two activities at one place keep start order; pages of one resume exactly where the last ended. */
    @Test
    void pagesOfTheNearestFirstOrderNeitherSkipNorRepeat() {
        Places p = places();
        String later = schedule(p.campaign, FUZIMIAO, "320104", "2022-09-23");
        List<String> all = near(p.campaign, "300").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(p.fuzimiao, later, p.zhongshanling, p.nanjingSouth, p.guanqian), all);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("campaign", p.campaign).queryParam("near", at(XINJIEKOU))
                    .queryParam("radiusKm", "300").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/public/activities").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(all, paged);
    }

    @Test
    void aBoundingBoxKeepsStartOrderWithoutDistances() {
        Places p = places();
        // 南京's centre: west, south, east, north (RFC 7946 §5)
        given().queryParam("campaign", p.campaign).queryParam("bbox", "118.70,31.95,118.90,32.10")
                .get("/api/v1/public/activities").then().statusCode(200)
                .body("items.id", containsInAnyOrder(p.fuzimiao, p.zhongshanling, p.nanjingSouth))
                .body("items", everyItem(not(hasKey("distanceKm"))))
                // fuzimiao starts on the 21st, the others on the 20th
                .body("items[2].id", org.hamcrest.Matchers.equalTo(p.fuzimiao));
        // near and bbox together: the circle and the box both hold
        given().queryParam("campaign", p.campaign).queryParam("near", at(XINJIEKOU)).queryParam("radiusKm", "300")
                .queryParam("bbox", "118.70,31.95,118.90,32.03").get("/api/v1/public/activities").then()
                .statusCode(200).body("items.id", contains(p.fuzimiao, p.nanjingSouth));
    }

    @Test
    void theFeedsTakeTheSameArea() {
        Places p = places();
        given().queryParam("campaign", p.campaign).queryParam("near", at(XINJIEKOU)).queryParam("radiusKm", "5")
                .get("/api/v1/public/activities.geojson").then().statusCode(200)
                .body("features.id", contains(p.fuzimiao));
        String ics = given().queryParam("campaign", p.campaign).queryParam("bbox", "120.5,31.2,120.7,31.4")
                .get("/api/v1/public/activities.ics").then().statusCode(200).extract().asString();
        assertTrue(ics.contains("UID:" + p.guanqian + "@"), ics);
        assertEquals(1, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
    }

    @Test
    void badAreasAreRefusedNamingTheParameter() {
        String campaign = organicWeek();
        for (String bad : List.of("abc", "32.04", "91,118", "32.04,181", "32.04,118.78,1", "1e1,118", "NaN,118",
                "32.04;118.78")) {
            given().queryParam("near", bad).get("/api/v1/public/activities").then().statusCode(400)
                    .body("errors.field", hasItem("near"));
        }
        for (String bad : List.of("0", "-1", "501", "ten", "Infinity")) {
            given().queryParam("near", at(XINJIEKOU)).queryParam("radiusKm", bad).get("/api/v1/public/activities")
                    .then().statusCode(400).body("errors.field", contains("radiusKm"));
        }
        given().queryParam("radiusKm", "5").get("/api/v1/public/activities").then().statusCode(400)
                .body("errors.field", contains("radiusKm"));
        for (String bad : List.of("1,2,3", "118.7,32.1,118.9,31.9", "118.7,31.9,190,32.1", "a,b,c,d")) {
            given().queryParam("bbox", bad).get("/api/v1/public/activities.geojson").then().statusCode(400)
                    .body("errors.field", contains("bbox"));
        }
        // a start-order cursor does not resume a distance order, nor does a forged one
        given().queryParam("campaign", campaign).queryParam("near", at(XINJIEKOU))
                .queryParam("cursor", cn.gov.samr.campaigns.platform.rest.Cursor.encode("2022-09-20T01:00:00Z",
                        "00000000-0000-0000-0000-000000000001"))
                .get("/api/v1/public/activities").then().statusCode(400).body("errors.field", contains("cursor"));
        given().queryParam("campaign", campaign).queryParam("near", at(XINJIEKOU))
                .queryParam("cursor", cn.gov.samr.campaigns.platform.rest.Cursor.encode("NaN", "2022-09-20T01:00:00Z",
                        "00000000-0000-0000-0000-000000000001"))
                .get("/api/v1/public/activities").then().statusCode(400).body("errors.field", contains("cursor"));
    }

    @Test
    void anUnlocatedActivityIsNeverNearButStaysInTheUnfilteredList() {
        Places p = places();
        near(p.campaign, "300").then().body("items.id", not(hasItem(p.unlocated)));
        given().queryParam("campaign", p.campaign).get("/api/v1/public/activities").then().statusCode(200)
                .body("items.id", hasItem(p.unlocated))
                .body("items.find { it.id == '" + p.unlocated + "' }.latitude", nullValue());
    }

    /**
     * The officials' list takes near and bbox with the same rules (AreaQuery): nearest first with distanceKm, the
     * box in start order, pages that resume exactly, the same 400s; and still only what the caller may see.
     */
    @Test
    void theAuthenticatedListTakesTheSameAreaWithinWhatTheCallerMaySee() {
        Places p = places();
        // planned, not announced: Jiangsu's officer sees it, Zhejiang's does not; about 1 km from 新街口
        Map<String, Object> body = lecture(p.campaign, "2022-09-22");
        body.put("venue", new HashMap<>(Map.of("division", "320102", "address", "活动地点", "latitude", 32.0500,
                "longitude", 118.7800)));
        String planned = as("provincial-officer", "320000").body(body).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id");

        JsonPath jiangsu = officialsNear("320000", p.campaign, "20", null).then().statusCode(200)
                .body("items.id", contains(planned, p.fuzimiao, p.zhongshanling, p.nanjingSouth))
                .extract().jsonPath();
        assertEquals(haversineKm(XINJIEKOU, new double[] { 32.0500, 118.7800 }), jiangsu.getDouble("items[0].distanceKm"),
                0.0011);
        assertDistance(FUZIMIAO, jiangsu.getDouble("items[1].distanceKm"));
        officialsNear("330000", p.campaign, "20", null).then().statusCode(200)
                .body("items.id", contains(p.fuzimiao, p.zhongshanling, p.nanjingSouth));

        // pages of two resume exactly where the last ended
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = officialsNear("320000", p.campaign, "300", cursor).then().statusCode(200).extract()
                    .jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(List.of(planned, p.fuzimiao, p.zhongshanling, p.nanjingSouth, p.guanqian), paged);

        // a box: start order, no distances; the unlocated one is in no box
        as("provincial-officer", "320000").queryParam("campaign", p.campaign)
                .queryParam("bbox", "118.70,31.95,118.90,32.10").get("/api/v1/activities").then().statusCode(200)
                .body("items.id", containsInAnyOrder(planned, p.fuzimiao, p.zhongshanling, p.nanjingSouth))
                .body("items", everyItem(not(hasKey("distanceKm"))))
                .body("items[3].id", org.hamcrest.Matchers.equalTo(planned));
        // the same refusals, naming the parameter
        as("provincial-officer", "320000").queryParam("near", "91,118").get("/api/v1/activities").then()
                .statusCode(400).body("errors.field", contains("near"));
        as("provincial-officer", "320000").queryParam("radiusKm", "5").get("/api/v1/activities").then()
                .statusCode(400).body("errors.field", contains("radiusKm"));
        as("provincial-officer", "320000").queryParam("bbox", "118.7,32.1,118.9,31.9").get("/api/v1/activities")
                .then().statusCode(400).body("errors.field", contains("bbox"));
    }

    private static io.restassured.response.Response officialsNear(String province, String campaign, String radiusKm,
            String cursor) {
        var request = as("provincial-officer", province).queryParam("campaign", campaign)
                .queryParam("near", at(XINJIEKOU)).queryParam("radiusKm", radiusKm);
        if (cursor != null) {
            request.queryParam("cursor", cursor).queryParam("limit", 2);
        } else if (!"20".equals(radiusKm)) {
            request.queryParam("limit", 2);
        }
        return request.get("/api/v1/activities");
    }

    // --- fixtures

    private record Places(String campaign, String fuzimiao, String zhongshanling, String nanjingSouth, String guanqian,
            String unlocated) {
    }

    /** One published public activity at each known place, and one without coordinates, under a fresh campaign. */
    private static Places places() {
        String campaign = organicWeek();
        String fuzimiao = schedule(campaign, FUZIMIAO, "320104", "2022-09-21");
        String zhongshanling = schedule(campaign, ZHONGSHANLING, "320102", "2022-09-20");
        String nanjingSouth = schedule(campaign, NANJING_SOUTH, "320114", "2022-09-20");
        String guanqian = schedule(campaign, GUANQIAN, "320508", "2022-09-20");
        String unlocated = schedule(campaign, null, "320102", "2022-09-20");
        return new Places(campaign, fuzimiao, zhongshanling, nanjingSouth, guanqian, unlocated);
    }

    private static String schedule(String campaign, double[] at, String division, String day) {
        Map<String, Object> body = lecture(campaign, day);
        Map<String, Object> venue = new HashMap<>();
        venue.put("division", division);
        venue.put("address", "活动地点");
        if (at != null) {
            venue.put("latitude", at[0]);
            venue.put("longitude", at[1]);
        }
        body.put("venue", venue);
        String id = as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response near(String campaign, String radiusKm) {
        var request = given().queryParam("campaign", campaign).queryParam("near", at(XINJIEKOU));
        if (radiusKm != null) {
            request.queryParam("radiusKm", radiusKm);
        }
        return request.get("/api/v1/public/activities");
    }

    private static String at(double[] point) {
        return point[0] + "," + point[1];
    }

    /** The answer's distance from 新街口 is the haversine's to the metre (the answer is rounded to the metre). */
    private static void assertDistance(double[] to, double answered) {
        double expected = haversineKm(XINJIEKOU, to);
        assertEquals(expected, answered, 0.0011, "distance from 新街口 to " + to[0] + "," + to[1]);
    }

    static double haversineKm(double[] a, double[] b) {
        double r = 6378.168;
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
