package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An activity's contact (name and phone) is for officials with the activity in their jurisdiction only: a public
 * announced activity in 南京 shows it to the national office, Jiangsu's and 南京's officers, and to nobody else that
 * may read the activity — not the certification body it names, a partner, or Zhejiang's officer.
 */
@QuarkusTest
class ActivityContactTest {

    private static final String CQC = "CNCA-R-2002-001";

    @Test
    void theContactIsShownToOfficialsInJurisdictionOnly() {
        String campaign = organicWeek();
        Map<String, Object> lecture = lecture(campaign, "2022-09-20");
        // a venue of its own: a published activity at the fixture's venue would be a conflict warning for other tests
        lecture.put("venue", Map.of("division", "320102", "address", "南京市玄武区北京东路41号联系人测试厅"));
        String id = as("provincial-officer", "320000").body(lecture)
                .post("/api/v1/activities").then().statusCode(201)
                .body("contact.phone", equalTo("025-00000000")).extract().path("id");
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);

        for (RequestSpecification official : new RequestSpecification[] { asNationalAdmin(),
                as("provincial-officer", "320000"), as("local-officer", "320100") }) {
            official.get("/api/v1/activities/{id}", id).then().statusCode(200)
                    .body("contact.name", equalTo("王工")).body("contact.phone", equalTo("025-00000000"));
        }
        for (RequestSpecification other : new RequestSpecification[] { as("partner", null), certificationBody(),
                as("provincial-officer", "330000"), as("local-officer", "320200") }) {
            other.get("/api/v1/activities/{id}", id).then().statusCode(200)
                    .body("title.zh", equalTo("有机产品认证知识讲解进社区")).body("$", not(hasKey("contact")));
        }
        as("partner", null).queryParam("campaign", campaign).get("/api/v1/activities").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0]", not(hasKey("contact")));
        certificationBody().queryParam("campaign", campaign).get("/api/v1/activities").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0]", not(hasKey("contact")));
        as("provincial-officer", "320000").queryParam("campaign", campaign).get("/api/v1/activities").then()
                .statusCode(200).body("items[0].contact.phone", equalTo("025-00000000"));
    }

    private static RequestSpecification certificationBody() {
        return given().header("Authorization", DevTokens.bearer("certification-body", null, Map.of("org", CQC)))
                .contentType(ContentType.JSON);
    }
}
