package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DivisionResourceTest {

    @Test
    void listsThe32ProvincialUnitsToAnyone() {
        given().queryParam("level", "provincial-unit").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(32))
                .body("code", hasItems("110000", "320000", "330000", "650000", "660000"))
                .body("find { it.code == '660000' }.name.zh", equalTo("新疆生产建设兵团"))
                .body("level", everyItem(equalTo("provincial-unit")));
    }

    @Test
    void anUnknownLevelIsNamed() {
        given().queryParam("level", "village").get("/api/v1/divisions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }
}
