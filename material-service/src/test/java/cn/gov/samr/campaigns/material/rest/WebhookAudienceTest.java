package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publish;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishVersion;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * material-service's webhooks tell a partner only what it reads over HTTP: a public material once published, not
 * one for officials, not a version published while its material is still a draft; download and shipment events are
 * not offered at all. (event-service's WebhookTest covers delivery itself.)
 */
@QuarkusTest
class WebhookAudienceTest {

    private static RequestSpecification partner() {
        return given().header("Authorization", DevTokens.bearer("partner", null, Map.of("org", "人民日报")))
                .contentType(ContentType.JSON);
    }

    @Test
    void aPartnerIsOwedPublicPublishedMaterialsOnly() {
        UUID campaign = knownCampaign();
        String subscription = partner().body(Map.of("url", "http://127.0.0.1:9/hooks", "campaign", campaign.toString(),
                "eventTypes", List.of("MaterialPublished", "MaterialVersionPublished")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");

        String open = create(material(campaign, "annual-report", "both", "public"));
        publishVersion(open, upload(open, pdf(2_000, 1), "年度报告.pdf")); // still a draft: nobody reads it yet
        publish(open);
        String internal = create(material(campaign, "annual-report", "both", "officials"));
        publishVersion(internal, upload(internal, pdf(2_000, 2), "内部资料.pdf"));
        publish(internal);

        // deliveries are written in the publishing transaction: the log answers at once
        List<String> subjects = partner().get("/api/v1/webhooks/{id}/deliveries", subscription).then().statusCode(200)
                .extract().path("items.subject");
        List<String> types = partner().get("/api/v1/webhooks/{id}/deliveries", subscription).then()
                .extract().path("items.eventType");
        // publishing the material announces it and its current version; the draft's version alone announced nothing
        assertEquals(List.of(open), subjects.stream().distinct().toList());
        assertEquals(List.of("MaterialPublished", "MaterialVersionPublished"), types.stream().sorted().toList());
    }

    @Test
    void eventsForOfficialsAreNotOffered() {
        partner().body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("ShipmentDispatched",
                "MaterialDownloaded"))).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", hasItem("eventTypes[0]")).body("errors.field", hasItem("eventTypes[1]"));
    }
}
