package cn.gov.samr.campaigns.event.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
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
        body.put("themes", List.of(theme("national", "有机产品认证:护航消费升级 优享品质生活",
                "Organic certification: safeguarding consumption upgrades, enjoying quality life")));
        body.put("window", Map.of("start", "2022-09-19", "end", "2022-09-23"));
        body.put("reportingDeadline", "2022-10-14");
        return body;
    }

    /** The 2022 Service Certification Experience Week: three weeks of September, one province each. */
    static Map<String, Object> experienceWeek2022() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "service-experience-week");
        body.put("name", Map.of("zh", "2022年全国服务认证体验周", "en", "2022 National Service Certification Experience Week"));
        body.put("themes", List.of(theme("national", "服务认证促发展惠民生", null)));
        body.put("window", Map.of("start", "2022-09-05", "end", "2022-09-30"));
        body.put("reportingDeadline", "2022-10-14");
        body.put("focusThemes", List.of(Map.of("zh", "养老服务认证"), Map.of("zh", "青少年视觉健康与验光配镜服务认证"),
                Map.of("zh", "绿色低碳服务"), Map.of("zh", "服务认证数字化信息化赋能")));
        return body;
    }

    /** A theme with its scope (national, international, domestic, other); {@code en} may be null. */
    static Map<String, Object> theme(String scope, String zh, String en) {
        Map<String, Object> theme = new HashMap<>(Map.of("scope", scope, "zh", zh));
        if (en != null) {
            theme.put("en", en);
        }
        return theme;
    }

    /** A host slot: a week given to a provincial unit with its focus themes. */
    static Map<String, Object> slot(String province, String weekStart, String weekEnd, String... themes) {
        return Map.of("province", province, "weekStart", weekStart, "weekEnd", weekEnd,
                "focusThemes", java.util.Arrays.stream(themes).map(t -> Map.of("zh", t)).toList());
    }

    /** Creates and publishes; returns the id. */
    static String createPublished(Map<String, Object> body) {
        String id = createDraft(body);
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", id).then().statusCode(200);
        return id;
    }

    static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division)).contentType(ContentType.JSON);
    }

    static RequestSpecification asNationalAdmin() {
        return as(NATIONAL_ADMIN, null);
    }

    /** The ETag a GET of the resource answers now, for If-Match (the national office sees every resource). */
    static String etag(String path, Object id) {
        return asNationalAdmin().get(path, id).then().statusCode(200).extract().header("ETag");
    }

    /** The national office, sending the campaign's current ETag in If-Match. */
    static RequestSpecification asNationalAdminIfMatch(String campaign) {
        return asNationalAdmin().header("If-Match", etag("/api/v1/campaigns/{id}", campaign));
    }

    /** Creates a draft and returns its id. */
    static String createDraft(Map<String, Object> body) {
        return asNationalAdmin().body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }
}
