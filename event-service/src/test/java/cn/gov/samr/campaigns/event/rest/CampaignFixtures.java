package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small factories for campaign requests and callers. */
final class CampaignFixtures {

    static final String NATIONAL_ADMIN = "national-admin";
    static final String PROVINCIAL_OFFICER = "provincial-officer";

    private CampaignFixtures() {
    }

    /** The 2022 Organic Product Certification Week of the notice; a mutable map so tests can break one field. */
    static Map<String, Object> organicWeek2022() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "organic-product-week");
        body.put("name", Map.of("zh", "2022年全国有机产品认证宣传周", "en", "2022 National Organic Product Certification Week"));
        body.put("theme", Map.of("zh", "有机产品认证:护航消费升级 优享品质生活",
                "en", "Organic certification: safeguarding consumption upgrades, enjoying quality life"));
        body.put("window", Map.of("start", "2022-09-19", "end", "2022-09-23"));
        body.put("reportingDeadline", "2022-10-14");
        body.put("launchCeremony", Map.of("city", "320100", "date", "2022-09-19"));
        return body;
    }

    static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division)).contentType(ContentType.JSON);
    }

    static RequestSpecification asNationalAdmin() {
        return as(NATIONAL_ADMIN, null);
    }

    /** Creates a draft and returns its id. */
    static String createDraft(Map<String, Object> body) {
        return asNationalAdmin().body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }
}
