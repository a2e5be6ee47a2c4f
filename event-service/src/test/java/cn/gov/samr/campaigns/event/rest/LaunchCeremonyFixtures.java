package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/** Small factories for launch ceremonies (启动仪式). */
final class LaunchCeremonyFixtures {

    static final String PATH = "/api/v1/launch-ceremonies";

    private LaunchCeremonyFixtures() {
    }

    /** The national launch of the given campaigns in 南京 (320100) on the given day; a mutable map. */
    static Map<String, Object> launchInNanjing(String day, String... campaigns) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", "全国认证宣传周启动仪式", "en", "National certification weeks launch ceremony"));
        body.put("host", Map.of("zh", "市场监管总局、江苏省市场监管局"));
        body.put("campaigns", List.of(campaigns));
        body.put("place", place("320100", "南京国际博览中心"));
        body.put("date", day);
        return body;
    }

    static Map<String, Object> place(String division, String address) {
        Map<String, Object> place = new HashMap<>();
        place.put("division", division);
        place.put("address", address);
        return place;
    }

    /** Plans it as the national office; returns the id. */
    static String plan(Map<String, Object> body) {
        return asNationalAdmin().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** The national office, sending the ceremony's current ETag in If-Match. */
    static RequestSpecification asNationalAdminIfMatch(String ceremony) {
        return asNationalAdmin().header("If-Match", etag(PATH + "/{id}", ceremony));
    }
}
