package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.JIANGSU;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.addMaterial;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.count;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.dispatchBody;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.fanOut;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.line;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.planOf;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.poster;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.shipmentTo;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publish;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishVersion;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.upload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.contract.BadInputSweep;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of material-service's served OpenAPI document, sent malformed path ids, query values, bodies
 * and tokens (generated from the document by {@link BadInputSweep}): no answer may be a 5xx, every 4xx is a
 * problem. One published campaign with its plan, a published material with a file, and a delivered shipment to
 * Jiangsu give the operations on one resource something real to refuse.
 */
@QuarkusTest
class BadInputSweepTest {

    @Inject
    EntityManager em;

    @Test
    void noMalformedRequestGetsAServerError() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        UUID secondPoster = poster(em, campaign);
        addMaterial(plan, poster, 200);
        fanOut(plan);
        String shipment = shipmentTo(campaign, JIANGSU);
        String expected = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString(); // not in the past
        DistributionFixtures.admin().body(dispatchBody(expected)).post("/api/v1/shipments/{id}/dispatch", shipment)
                .then().statusCode(200);
        DistributionFixtures.admin().post("/api/v1/shipments/{id}/deliver", shipment).then().statusCode(200);
        String material = create(material(campaign, "annual-report", "both", "public"));
        int version = upload(material, pdf(4096, 7), "报告.pdf");
        publishVersion(material, version);
        publish(material);

        BadInputSweep.Report report = BadInputSweep.ofServedContract()
                .fixture("materials", material)
                .fixture("versions", version)
                .fixture("distribution-plans", plan)
                .fixture("shipments", shipment)
                .fixture("campaign", campaign)
                .fixture("campaignId", campaign)
                .fixture("material", material)
                .fixture("materialId", poster)
                .fixture("provincialUnit", JIANGSU)
                .fixture("fileName", "报告.pdf")
                .body("POST /api/v1/materials", material(campaign, "annual-report", "both", "public"))
                .body("PUT /api/v1/materials/{id}", material(campaign, "annual-report", "both", "public"))
                .body("POST /api/v1/distribution-plans/{id}/materials",
                        Map.of("materialId", secondPoster, "quantityPerUnit", 10))
                .body("PATCH /api/v1/distribution-plans/{id}/lines", Map.of("lines", List.of(line(poster, JIANGSU, 300))))
                .body("POST /api/v1/shipments/{id}/dispatch", dispatchBody(expected))
                .body("POST /api/v1/shipments/{id}/receive",
                        Map.of("items", List.of(count(poster, 198, 2)), "note", "两张海报边角破损"))
                .caller("POST /api/v1/shipments/{id}/receive", DevTokens.bearer("provincial-officer", JIANGSU))
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
