package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The certification bodies' reference list that V14 ships (docs/certification-bodies.md), public like /divisions. */
@QuarkusTest
class CertificationBodyResourceTest {

    private static final String PATH = "/api/v1/certification-bodies";

    @Test
    void listsTheShippedBodiesToAnyoneInApprovalNumberOrder() {
        List<String> ids = given().get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(9))
                .body("next", nullValue())
                .body("items[0].id", equalTo("CNCA-R-2002-001"))
                .body("items[0].name.zh", equalTo("中国质量认证中心有限公司"))
                .body("items[0].schemes", contains("ghg-validation-verification"))
                .body("items[0].source.url", startsWith("https://www.cnca.gov.cn/"))
                .body("items[0].source.title", containsString("2024年第11号公告"))
                .body("items[0].source.published", equalTo("2024-06"))
                .body("items.source.url", everyItem(notNullValue()))
                .extract().path("items.id");
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void schemeNarrowsTheList() {
        given().queryParam("scheme", "quality-management").get(PATH)
                .then().statusCode(200)
                .body("items.id", contains("CNCA-R-2003-104"));
        given().queryParam("scheme", "ghg-validation-verification").get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(8))
                .body("items.schemes", everyItem(hasItem("ghg-validation-verification")));
        given().queryParam("scheme", "organic-product").get(PATH)
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void anUnknownSchemeIsNamed() {
        given().queryParam("scheme", "organic").get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheme"));
    }

    @Test
    void qFindsBodiesByNameOrApprovalNumberLiterally() {
        given().queryParam("q", "船级社").get(PATH)
                .then().statusCode(200)
                .body("items.id", contains("CNCA-R-2002-005"));
        given().queryParam("q", "cnca-r-2024").get(PATH)
                .then().statusCode(200)
                .body("items.id", contains("CNCA-R-2024-1364"));
        given().queryParam("q", "%").get(PATH)
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagesFollowTheirCursorWithoutRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = given().queryParam("limit", 4).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(PATH).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(9, seen.size());
        assertEquals(seen.stream().distinct().sorted().toList(), seen);
        given().queryParam("cursor", "not-a-cursor").get(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void oneBodyByItsApprovalNumber() {
        given().get(PATH + "/{id}", "CNCA-R-2024-1364")
                .then().statusCode(200)
                .body("id", equalTo("CNCA-R-2024-1364"))
                .body("name.zh", equalTo("中国林业科学研究院林业科技信息研究所"))
                .body("schemes", contains("ghg-validation-verification"));
    }

    @Test
    void anUnknownApprovalNumberIsNotFound() {
        given().get(PATH + "/{id}", "CNCA-R-2099-999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", endsWith("/not-found"))
                .body("detail", containsString("CNCA-R-2099-999"));
    }
}
