package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.JIANGSU;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.UNITS;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.XPCC;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.adminIfMatch;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.addMaterial;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.as;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.fanOut;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.line;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.material;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.officer;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.planOf;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.poster;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.shipmentRows;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Plan editing over HTTP: the national figure, per-unit changes, ETags, refusals, and the all-or-nothing fan-out. */
@QuarkusTest
class DistributionPlanResourceTest {

    @Inject
    EntityManager em;

    @Test
    void aMaterialAddedWithOneNationalFigureGivesEveryUnitThatMany() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        String before = admin().get("/api/v1/distribution-plans/{id}", plan).then().statusCode(200)
                .body("materials", hasSize(0)).extract().header("ETag");
        UUID poster = poster(em, campaign);

        String after = addMaterial(plan, poster, 500);

        assertNotEquals(before, after);
        admin().get("/api/v1/distribution-plans/{id}", plan).then().statusCode(200)
                .header("ETag", after)
                .body("status", equalTo("open"))
                .body("materials[0].materialId", equalTo(poster.toString()))
                .body("materials[0].total", equalTo(32 * 500))
                .body("materials[0].quantities.provincialUnit", equalTo(UNITS))
                .body("materials[0].quantities.quantity", everyItem(equalTo(500)));
    }

    @Test
    void severalUnitsChangeInOnePatch() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        String etag = addMaterial(plan, poster, 500);

        admin().header("If-Match", etag)
                .body(Map.of("lines", List.of(line(poster, JIANGSU, 800), line(poster, XPCC, 0))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("materials[0].total", equalTo(30 * 500 + 800))
                .body("materials[0].quantities.find { it.provincialUnit == '320000' }.quantity", equalTo(800))
                .body("materials[0].quantities.find { it.provincialUnit == '660000' }.quantity", equalTo(0));
    }

    @Test
    void everyBadLineIsNamedAndNothingChanges() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        UUID elsewhere = poster(em, UUID.randomUUID());
        UUID notAdded = poster(em, campaign);
        addMaterial(plan, poster, 500);

        adminIfMatch(plan).body(Map.of("lines", List.of(line(poster, JIANGSU, 800), line(poster, "999999", 10),
                line(elsewhere, JIANGSU, 10), line(notAdded, JIANGSU, 10))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("lines[1].provincialUnit", "lines[2].materialId", "lines[3].materialId"))
                .body("errors[1].message", equalTo("is a material of another campaign"))
                .body("errors[2].message", containsString("is not in this plan"));
        adminIfMatch(plan).body(Map.of("lines", List.of(line(poster, JIANGSU, -1))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan)
                .then().statusCode(400).body("errors.field", contains("lines[0].quantity"));

        admin().get("/api/v1/distribution-plans/{id}", plan).then()
                .body("materials[0].quantities.quantity", everyItem(equalTo(500)));
    }

    @Test
    void onlyPublishedPostalMaterialsOfTheCampaignCanBeAdded() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        for (UUID material : List.of(material(em, campaign, "DOWNLOAD", "PUBLISHED"),
                material(em, campaign, "BOTH", "DRAFT"))) {
            admin().body(Map.of("materialId", material, "quantityPerUnit", 10))
                    .post("/api/v1/distribution-plans/{id}/materials", plan)
                    .then().statusCode(400)
                    .body("errors.field", contains("materialId"))
                    .body("errors[0].message", equalTo("is not a published material delivered by post"));
        }
        admin().body(Map.of("materialId", poster(em, UUID.randomUUID()), "quantityPerUnit", 10))
                .post("/api/v1/distribution-plans/{id}/materials", plan)
                .then().statusCode(400).body("errors[0].message", equalTo("is a material of another campaign"));
        admin().body(Map.of("materialId", material(em, campaign, "BOTH", "PUBLISHED"), "quantityPerUnit", 100_001))
                .post("/api/v1/distribution-plans/{id}/materials", plan)
                .then().statusCode(400).body("errors.field", contains("quantityPerUnit"));
        admin().get("/api/v1/distribution-plans/{id}", plan).then().body("materials", hasSize(0));
    }

    @Test
    void aMaterialIsAddedOnce() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        addMaterial(plan, poster, 500);
        admin().body(Map.of("materialId", poster, "quantityPerUnit", 10))
                .post("/api/v1/distribution-plans/{id}/materials", plan)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        String stale = admin().get("/api/v1/distribution-plans/{id}", plan).then().extract().header("ETag");
        addMaterial(plan, poster, 500);

        admin().header("If-Match", stale).body(Map.of("lines", List.of(line(poster, JIANGSU, 1))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan)
                .then().statusCode(412).contentType("application/problem+json");
        admin().header("If-Match", stale).body(Map.of("materialId", poster(em, campaign), "quantityPerUnit", 1))
                .post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(412);
        admin().header("If-Match", stale).post("/api/v1/distribution-plans/{id}/shipments", plan)
                .then().statusCode(412);
        admin().get("/api/v1/distribution-plans/{id}", plan).then()
                .body("status", equalTo("open")).body("materials", hasSize(1))
                .body("materials[0].quantities.quantity", everyItem(equalTo(500)));
    }

    @Test
    void onlyTheNationalOfficeWritesPlans() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        for (var caller : List.of(officer(JIANGSU), as("partner", null), as("local-officer", "320100"))) {
            caller.body(Map.of("materialId", poster, "quantityPerUnit", 10))
                    .post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(403);
        }
        addMaterial(plan, poster, 10);
        officer(JIANGSU).body(Map.of("lines", List.of(line(poster, JIANGSU, 1000))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan).then().statusCode(403);
        officer(JIANGSU).post("/api/v1/distribution-plans/{id}/shipments", plan).then().statusCode(403);
        officer(JIANGSU).get("/api/v1/distribution-plans/{id}/board", plan).then().statusCode(403);
        as("partner", null).get("/api/v1/distribution-plans/{id}/board", plan).then().statusCode(200);
        admin().get("/api/v1/distribution-plans/{id}", plan).then()
                .body("materials[0].quantities.quantity", everyItem(equalTo(10)));
        assertEquals(0, shipmentRows(em, plan));
    }

    @Test
    void theFanOutCreatesOneShipmentPerUnitWithCopiesAndLocksThePlan() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        UUID brochure = material(em, campaign, "BOTH", "PUBLISHED");
        addMaterial(plan, poster, 500);
        addMaterial(plan, brochure, 200);
        adminIfMatch(plan).body(Map.of("lines", List.of(line(poster, XPCC, 0), line(brochure, XPCC, 0),
                line(brochure, JIANGSU, 0)))).patch("/api/v1/distribution-plans/{id}/lines", plan).then().statusCode(200);

        List<String> shipments = fanOut(plan);

        assertEquals(31, shipments.size(), "the XPCC has nothing planned, so no shipment");
        admin().get("/api/v1/shipments/{id}", DistributionFixtures.shipmentTo(campaign, JIANGSU)).then()
                .body("status", equalTo("planned"))
                .body("items.materialId", contains(poster.toString()))
                .body("items.quantity", contains(500));
        admin().get("/api/v1/shipments/{id}", DistributionFixtures.shipmentTo(campaign, ZHEJIANG)).then()
                .body("items.quantity", contains(500, 200));
        admin().get("/api/v1/distribution-plans/{id}", plan).then().body("status", equalTo("dispatched"));

        adminIfMatch(plan).body(Map.of("lines", List.of(line(poster, JIANGSU, 1))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan).then().statusCode(409)
                .contentType("application/problem+json");
        admin().body(Map.of("materialId", poster(em, campaign), "quantityPerUnit", 1))
                .post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(409);
        admin().post("/api/v1/distribution-plans/{id}/shipments", plan).then().statusCode(409);
        assertEquals(31, shipmentRows(em, plan));
    }

    @Test
    void aPlanWithNothingToShipIsNotFannedOut() {
        String plan = planOf(publishedCampaign());
        admin().post("/api/v1/distribution-plans/{id}/shipments", plan).then().statusCode(409)
                .body("detail", containsString("nothing to ship"));
        admin().get("/api/v1/distribution-plans/{id}", plan).then().body("status", equalTo("open"));
    }

    /**
     * The last unit's line (the XPCC sorts last) holds more copies than a shipment item may: the database refuses
     * that unit's item after the 31 others were written in the same transaction. Nothing may remain.
     */
    @Test
    void aFanOutThatFailsHalfWayCreatesNothing() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        addMaterial(plan, poster, 500);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update distribution_line set quantity = 100001
                where plan_id = cast(?1 as uuid) and division_code = '660000'""").setParameter(1, plan).executeUpdate());

        admin().post("/api/v1/distribution-plans/{id}/shipments", plan)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("The shipment to 660000 was refused"))
                .body("detail", containsString("no shipment was created"));

        assertEquals(0, shipmentRows(em, plan));
        admin().queryParam("campaign", campaign).get("/api/v1/shipments").then().statusCode(200)
                .body("items", hasSize(0));
        admin().get("/api/v1/distribution-plans/{id}", plan).then().body("status", equalTo("open"));

        // corrected, the same plan fans out completely
        adminIfMatch(plan).body(Map.of("lines", List.of(line(poster, XPCC, 300))))
                .patch("/api/v1/distribution-plans/{id}/lines", plan).then().statusCode(200);
        assertEquals(32, fanOut(plan).size());
    }

    @Test
    void aMissingOrMalformedBodyIsNamed() {
        String plan = planOf(publishedCampaign());
        admin().post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(400)
                .body("errors.field", contains("$"));
        admin().body(Map.of("materialId", "not-a-uuid", "quantityPerUnit", 1))
                .post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(400)
                .body("errors.field", contains("materialId"));
        adminIfMatch(plan).body(Map.of("lines", List.of())).patch("/api/v1/distribution-plans/{id}/lines", plan)
                .then().statusCode(400).body("errors.field", contains("lines"));
        admin().get("/api/v1/distribution-plans/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
