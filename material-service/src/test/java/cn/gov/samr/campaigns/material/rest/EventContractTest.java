package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.JIANGSU;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.addMaterial;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.count;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.dispatchBody;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.fanOut;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.officer;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.planOf;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.poster;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.shipmentTo;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publish;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishVersion;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.upload;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.events.ContractedTopics;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * material-service's events are what docs/asyncapi.yaml says: every type driven through the API (downloads counted
 * for a province and anonymously, a receipt with and without a note), then every record on material.events — this
 * test's and those of the tests that ran before it — checked against the document.
 */
@QuarkusTest
class EventContractTest {

    @Inject
    EntityManager em;

    @Test
    void everyMaterialAndShipmentEventMatchesTheAsyncApiDocument() {
        // MaterialPublished (a title without English), MaterialVersionPublished, then MaterialDownloaded: one
        // count for Jiangsu, one anonymous (no provincial unit), and MaterialUpdateAvailable for Jiangsu
        Map<String, Object> body = material(knownCampaign(), "annual-report", "both", "public");
        body.put("title", Map.of("zh", "有机产品认证年度报告"));
        body.remove("description");
        String id = create(body);
        publishVersion(id, upload(id, pdf(1_000, 41), "2022年度报告.pdf"));
        publish(id);
        jiangsu().get("/api/v1/materials/" + id + "/file").then().statusCode(200);
        anonymous().get("/api/v1/materials/" + id + "/file").then().statusCode(200);
        publishVersion(id, upload(id, pdf(2_000, 42), "2022年度报告-修订.pdf"));

        // MaterialUpdated (a published material's terms change), then MaterialWithdrawn
        body.put("title", Map.of("zh", "有机产品认证年度报告(修订)", "en", "Organic certification annual report"));
        String etag = admin().get("/api/v1/materials/" + id).then().statusCode(200).extract().header("ETag");
        admin().contentType("application/json").header("If-Match", etag).body(body).put("/api/v1/materials/" + id)
                .then().statusCode(200);
        admin().post("/api/v1/materials/" + id + "/withdraw").then().statusCode(200);

        // ShipmentDispatched, ShipmentReceived (with a note and without), ShipmentCancelled
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        addMaterial(plan, poster, 200);
        fanOut(plan);
        String expected = LocalDate.now(ChinaClock.ZONE).plusDays(5).toString();
        String toJiangsu = shipmentTo(campaign, JIANGSU);
        admin().contentType("application/json").body(dispatchBody(expected))
                .post("/api/v1/shipments/{id}/dispatch", toJiangsu).then().statusCode(200);
        officer(JIANGSU).body(Map.of("items", List.of(count(poster, 190, 5)), "note", "五张破损"))
                .post("/api/v1/shipments/{id}/receive", toJiangsu).then().statusCode(200);
        String toZhejiang = shipmentTo(campaign, ZHEJIANG);
        admin().contentType("application/json").body(dispatchBody(expected))
                .post("/api/v1/shipments/{id}/dispatch", toZhejiang).then().statusCode(200);
        officer(ZHEJIANG).body(Map.of("items", List.of(count(poster, 200, 0))))
                .post("/api/v1/shipments/{id}/receive", toZhejiang).then().statusCode(200);
        admin().contentType("application/json").body(Map.of("reason", "地址有误,改期重发"))
                .post("/api/v1/shipments/{id}/cancel", shipmentTo(campaign, "110000")).then().statusCode(200);

        ContractedTopics.Report report = ContractedTopics.verify(KafkaBrokerTestResource.broker().bootstrapServers(),
                Duration.ofSeconds(60), "material.events");
        assertTrue(report.total() >= 12, "this test alone publishes twelve events: " + report);
    }
}
