package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Points and the point-to-division lookup from GeoNames' places (V16_1): known points in 南京 resolve to their
 * counties, the distances are the haversine's.
 */
@QuarkusTest
class DivisionLocateTest {

    @Test
    void knownPointsInNanjingResolveToTheirCounties() {
        // 夫子庙 in 秦淮区; 江宁区's government at 东山; 六合区's at 雄州; 中山陵 in 玄武区
        assertLocated(32.0206, 118.7887, "320104");
        assertLocated(31.9530, 118.8400, "320115");
        assertLocated(32.3420, 118.8370, "320116");
        assertLocated(32.0600, 118.8450, "320102");
    }

    @Test
    void theAnswerNamesCityAndUnitAndHowFarThePlaceIs() {
        JsonPath answer = given().queryParam("lat", "32.0206").queryParam("lon", "118.7887")
                .get("/api/v1/divisions/locate").then().statusCode(200)
                .body("county.name.zh", equalTo("秦淮区"))
                .body("city.code", equalTo("320100"))
                .body("provincialUnit.code", equalTo("320000"))
                .body("nearestPlace", equalTo("Qinhong"))
                .extract().jsonPath();
        // GeoNames' Qinhong: 32.01135, 118.79655 (V16_1)
        double expected = PublicActivityNearTest.haversineKm(new double[] { 32.0206, 118.7887 },
                new double[] { 32.01135, 118.79655 });
        assertEquals(expected, answer.getDouble("nearestPlaceKm"), 0.0011);
    }

    @Test
    void aCityShowsItsPointAndAProvinceHasNone() {
        given().get("/api/v1/divisions/320100").then().statusCode(200)
                .body("division.centroid.place", equalTo("Nanjing"))
                .body("division.centroid.latitude", equalTo(32.06167f))
                .body("division.centroid.longitude", equalTo(118.77778f));
        given().get("/api/v1/divisions/320000").then().statusCode(200)
                .body("division", not(hasKey("centroid")));
    }

    @Test
    void badPointsAreRefusedAndThePointsFarFromEveryPlaceAreNotFound() {
        for (List<String> bad : List.of(List.of("91", "118"), List.of("32", "181"), List.of("abc", "118"),
                List.of("1e1", "118"))) {
            int field = Math.abs(Double.parseDouble(bad.get(1))) > 180 ? 1 : 0;
            given().queryParam("lat", bad.get(0)).queryParam("lon", bad.get(1)).get("/api/v1/divisions/locate")
                    .then().statusCode(400).body("errors.field", contains(field == 0 ? "lat" : "lon"));
        }
        given().queryParam("lon", "118").get("/api/v1/divisions/locate").then().statusCode(400)
                .body("errors.field", contains("lat"));
        // the East China Sea
        given().queryParam("lat", "30").queryParam("lon", "125").get("/api/v1/divisions/locate").then().statusCode(404);
    }

    private static void assertLocated(double lat, double lon, String county) {
        JsonPath answer = given().queryParam("lat", lat).queryParam("lon", lon).get("/api/v1/divisions/locate")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(county, answer.getString("county.code"), "county of " + lat + "," + lon + ": " + answer.prettify());
        assertEquals("320100", answer.getString("city.code"));
        assertTrue(answer.getDouble("nearestPlaceKm") < 10, answer.prettify());
    }
}
