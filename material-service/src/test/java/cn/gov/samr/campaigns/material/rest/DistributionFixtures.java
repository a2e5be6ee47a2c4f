package cn.gov.samr.campaigns.material.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small factories for distribution tests: a published campaign's plan, materials, callers. */
final class DistributionFixtures {

    /** The 32 provincial units in GB/T 2260 order; 660000 (the XPCC) sorts last. */
    static final List<String> UNITS = List.of("110000", "120000", "130000", "140000", "150000", "210000", "220000",
            "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000",
            "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000",
            "620000", "630000", "640000", "650000", "660000");
    static final String JIANGSU = "320000";
    static final String ZHEJIANG = "330000";
    static final String XPCC = "660000";

    static final KafkaTestClient KAFKA = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());

    private DistributionFixtures() {
    }

    /** A campaign published on the real broker; returns its id once material-service has opened its plan. */
    static UUID publishedCampaign() {
        UUID campaign = UUID.randomUUID();
        String units = UNITS.stream().map(code -> "{\"code\":\"" + code + "\",\"name\":{\"zh\":\"单位" + code + "\"}}")
                .collect(Collectors.joining(",", "[", "]"));
        KAFKA.sendCloudEvent("campaign.events", campaign.toString(), UUID.randomUUID().toString(), "CampaignPublished",
                "{\"campaignId\":\"" + campaign + "\",\"reportingDeadline\":\"2022-10-14\",\"provincialUnits\":" + units
                        + "}");
        await().atMost(Duration.ofSeconds(60)).until(() -> planOf(campaign) != null);
        return campaign;
    }

    /** The plan id of a campaign, or null while it is not open yet. */
    static String planOf(UUID campaign) {
        return admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** A material row as the catalogue would write it (the catalogue's entity is not distribution's to map). */
    static UUID material(EntityManager em, UUID campaign, String delivery, String status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into material (id, campaign_id, kind, title_zh, delivery, access, status, created_at, updated_at)
                values (?1, ?2, 'POSTER', ?3, ?4, 'PUBLIC', ?5, ?6, ?6)""")
                .setParameter(1, id).setParameter(2, campaign).setParameter(3, "有机产品认证宣传海报 " + id)
                .setParameter(4, delivery).setParameter(5, status).setParameter(6, OffsetDateTime.now())
                .executeUpdate());
        return id;
    }

    static UUID poster(EntityManager em, UUID campaign) {
        return material(em, campaign, "POST", "PUBLISHED");
    }

    /** Adds the material with the national figure; returns the plan's new ETag. */
    static String addMaterial(String plan, UUID material, int perUnit) {
        return admin().body(Map.of("materialId", material, "quantityPerUnit", perUnit))
                .post("/api/v1/distribution-plans/{id}/materials", plan).then().statusCode(200).extract().header("ETag");
    }

    /** The national office, sending the plan's current ETag in If-Match (as PATCH .../lines requires). */
    static RequestSpecification adminIfMatch(String plan) {
        return admin().header("If-Match", admin().get("/api/v1/distribution-plans/{id}", plan).then().statusCode(200)
                .extract().header("ETag"));
    }

    static Map<String, Object> line(UUID material, String unit, Object quantity) {
        return Map.of("materialId", material, "provincialUnit", unit, "quantity", quantity);
    }

    /** Fans the plan out; returns the shipment ids. */
    static List<String> fanOut(String plan) {
        return admin().post("/api/v1/distribution-plans/{id}/shipments", plan).then().statusCode(201)
                .extract().path("shipmentIds");
    }

    /** The shipment of a plan's campaign to one unit. */
    static String shipmentTo(UUID campaign, String unit) {
        return admin().queryParam("campaign", campaign).queryParam("provincialUnit", unit).get("/api/v1/shipments")
                .then().statusCode(200).extract().path("items[0].id");
    }

    static Map<String, Object> dispatchBody(String expectedDeliveryOn) {
        return Map.of("carrier", "中国邮政 EMS", "trackingNumber", "EMS1234567890", "expectedDeliveryOn",
                expectedDeliveryOn);
    }

    static Map<String, Object> count(Object material, int received, int damaged) {
        return Map.of("materialId", material, "quantityReceived", received, "quantityDamaged", damaged);
    }

    static long shipmentRows(EntityManager em, String plan) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from shipment where plan_id = cast(?1 as uuid)").setParameter(1, plan)
                .getSingleResult()).longValue());
    }

    static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("national-admin", null);
    }

    static RequestSpecification officer(String unit) {
        return as("provincial-officer", unit);
    }
}
