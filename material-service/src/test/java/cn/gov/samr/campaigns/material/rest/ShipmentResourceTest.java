package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.harness.KafkaTestClient.header;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.JIANGSU;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.KAFKA;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.addMaterial;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.as;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.count;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.dispatchBody;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.fanOut;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.material;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.officer;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.planOf;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.poster;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.shipmentTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A shipment's every step and every refusal over HTTP, and its events on the real broker. */
@QuarkusTest
class ShipmentResourceTest {

    private static final String TOPIC = "material.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    /** A published campaign whose plan (500 posters and 200 brochures per unit) was fanned out. */
    record Fanned(UUID campaign, String plan, UUID poster, UUID brochure) {
    }

    private Fanned fanned() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        UUID brochure = material(em, campaign, "BOTH", "PUBLISHED");
        addMaterial(plan, poster, 500);
        addMaterial(plan, brochure, 200);
        fanOut(plan);
        return new Fanned(campaign, plan, poster, brochure);
    }

    @Test
    void aShipmentIsDispatchedDeliveredAndReceivedByItsProvince() throws Exception {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), JIANGSU);
        String expected = today().plusDays(5).toString();

        admin().body(dispatchBody(expected)).post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(200)
                .body("status", equalTo("dispatched"))
                .body("carrier", equalTo("中国邮政 EMS"))
                .body("expectedDeliveryOn", equalTo(expected))
                .body("dispatchedAt", matchesPattern(".*\\+08:00"))
                .body("overdue", equalTo(false));
        JsonNode dispatched = event(id, "ShipmentDispatched");
        assertEquals(id, dispatched.get("shipmentId").asText());
        assertEquals(f.campaign().toString(), dispatched.get("campaignId").asText());
        assertEquals(f.plan(), dispatched.get("planId").asText());
        assertEquals(JIANGSU, dispatched.get("provincialUnit").asText());
        assertEquals("EMS1234567890", dispatched.get("trackingNumber").asText());
        assertEquals(expected, dispatched.get("expectedDeliveryOn").asText());
        assertEquals(f.poster().toString(), dispatched.get("items").get(0).get("materialId").asText());
        assertEquals(500, dispatched.get("items").get(0).get("quantity").asInt());
        assertEquals(200, dispatched.get("items").get(1).get("quantity").asInt());

        admin().post("/api/v1/shipments/{id}/deliver", id).then().statusCode(200)
                .body("status", equalTo("delivered")).body("deliveredAt", notNullValue());

        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), 498, 2), count(f.brochure(), 200, 0)),
                "note", "两张海报边角破损"))
                .post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(200)
                .body("status", equalTo("received"))
                .body("confirmedBy", equalTo("provincial-officer-320000@dev"))
                .body("items.quantityReceived", contains(498, 200))
                .body("items.quantityDamaged", contains(2, 0));
        JsonNode received = event(id, "ShipmentReceived");
        assertEquals("received", received.get("status").asText());
        assertEquals("provincial-officer-320000@dev", received.get("confirmedBy").asText());
        assertEquals("两张海报边角破损", received.get("note").asText());
        JsonNode item = received.get("items").get(0);
        assertEquals(List.of(500, 498, 2), List.of(item.get("quantityDispatched").asInt(),
                item.get("quantityReceived").asInt(), item.get("quantityDamaged").asInt()));

        officer(JIANGSU).get("/api/v1/shipments/{id}", id).then().statusCode(200).body("status", equalTo("received"));
        admin().get("/api/v1/distribution-plans/{id}/board", f.plan()).then().statusCode(200)
                .body("units", hasSize(32))
                .body("units.find { it.divisionCode == '320000' }.planned", equalTo(700))
                .body("units.find { it.divisionCode == '320000' }.dispatched", equalTo(700))
                .body("units.find { it.divisionCode == '320000' }.received", equalTo(698))
                .body("units.find { it.divisionCode == '320000' }.damaged", equalTo(2))
                .body("units.find { it.divisionCode == '320000' }.status", equalTo("received"))
                .body("units.find { it.divisionCode == '330000' }.dispatched", equalTo(0))
                .body("totals.planned", equalTo(32 * 700))
                .body("totals.dispatched", equalTo(700));
    }

    /**
     * 2147483647 received plus 1 damaged overflowed int to a negative sum that passed the check and failed in the
     * database (500): each count has a domain maximum, and the sum is taken in long besides.
     */
    @Test
    void countsBeyondTheDomainAreRefusedNamedAndNothingIsStored() throws Exception {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), JIANGSU);
        admin().body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(200);

        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), Integer.MAX_VALUE, 1),
                count(f.brochure(), 200, 0)))).post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("items[0].quantityReceived"));
        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), 100_000, 100_000),
                count(f.brochure(), 200, 0)))).post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(400)
                .body("errors.field", contains("items[0].quantityReceived"))
                .body("errors[0].message", containsString("must not exceed the 500 copies dispatched"));

        officer(JIANGSU).get("/api/v1/shipments/{id}", id).then().statusCode(200)
                .body("status", equalTo("dispatched"))
                .body("items.quantityReceived", everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void copiesMissingMakeAPartialReceiptStraightFromDispatched() throws Exception {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), ZHEJIANG);
        admin().body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(200);

        officer(ZHEJIANG).body(Map.of("items", List.of(count(f.poster(), 450, 10), count(f.brochure(), 200, 0))))
                .post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(200).body("status", equalTo("partially-received"));
        assertEquals("partially-received", event(id, "ShipmentReceived").get("status").asText());
    }

    @Test
    void anotherProvinceMayNotConfirmNorSeeAShipment() {
        Fanned f = fanned();
        String id = dispatched(f, JIANGSU);
        var body = Map.of("items", List.of(count(f.poster(), 500, 0), count(f.brochure(), 200, 0)));

        officer(ZHEJIANG).body(body).post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("320000"));
        officer(ZHEJIANG).get("/api/v1/shipments/{id}", id).then().statusCode(403);
        admin().body(body).post("/api/v1/shipments/{id}/receive", id).then().statusCode(403);
        as("local-officer", "320100").body(body).post("/api/v1/shipments/{id}/receive", id).then().statusCode(403);
        admin().get("/api/v1/shipments/{id}", id).then().body("status", equalTo("dispatched"));
    }

    @Test
    void onlyTheNationalOfficeDispatchesDeliversAndCancels() {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), JIANGSU);
        officer(JIANGSU).body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(403);
        officer(JIANGSU).body(Map.of("reason", "no")).post("/api/v1/shipments/{id}/cancel", id)
                .then().statusCode(403);
        as("partner", null).post("/api/v1/shipments/{id}/deliver", id).then().statusCode(403);
        as("partner", null).get("/api/v1/shipments").then().statusCode(403);
        admin().get("/api/v1/shipments/{id}", id).then().body("status", equalTo("planned"));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), JIANGSU);
        var receipt = Map.of("items", List.of(count(f.poster(), 500, 0), count(f.brochure(), 200, 0)));

        officer(JIANGSU).body(receipt).post("/api/v1/shipments/{id}/receive", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is planned"));
        admin().post("/api/v1/shipments/{id}/deliver", id).then().statusCode(409);

        admin().body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id).then().statusCode(200);
        admin().body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id).then().statusCode(409);

        officer(JIANGSU).body(receipt).post("/api/v1/shipments/{id}/receive", id).then().statusCode(200);
        officer(JIANGSU).body(receipt).post("/api/v1/shipments/{id}/receive", id).then().statusCode(409);
        admin().post("/api/v1/shipments/{id}/deliver", id).then().statusCode(409);
        admin().body(Map.of("reason", "too late")).post("/api/v1/shipments/{id}/cancel", id).then().statusCode(409)
                .body("detail", containsString("is received"));
        admin().get("/api/v1/shipments/{id}", id).then().body("status", equalTo("received"));
    }

    @Test
    void aDispatchedShipmentIsCancelledWithAReason() throws Exception {
        Fanned f = fanned();
        String id = dispatched(f, JIANGSU);
        admin().body(Map.of("reason", " ")).post("/api/v1/shipments/{id}/cancel", id)
                .then().statusCode(400).body("errors.field", contains("reason"));

        admin().body(Map.of("reason", "包裹在运输中丢失,重新寄送")).post("/api/v1/shipments/{id}/cancel", id)
                .then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("cancelledFrom", equalTo("dispatched"));
        JsonNode cancelled = event(id, "ShipmentCancelled");
        assertEquals("dispatched", cancelled.get("previousStatus").asText());
        assertEquals("包裹在运输中丢失,重新寄送", cancelled.get("reason").asText());
        assertEquals(2, cancelled.get("items").size());
        admin().body(Map.of("reason", "again")).post("/api/v1/shipments/{id}/cancel", id).then().statusCode(409);

        String planned = shipmentTo(f.campaign(), ZHEJIANG);
        admin().body(Map.of("reason", "省局搬迁")).post("/api/v1/shipments/{id}/cancel", planned)
                .then().statusCode(200).body("cancelledFrom", equalTo("planned"));
        admin().get("/api/v1/distribution-plans/{id}/board", f.plan()).then()
                .body("units.find { it.divisionCode == '320000' }.dispatched", equalTo(0))
                .body("units.find { it.divisionCode == '320000' }.status", equalTo("cancelled"));
    }

    @Test
    void badDispatchAndReceiptInputIsNamed() {
        Fanned f = fanned();
        String id = shipmentTo(f.campaign(), JIANGSU);
        admin().body(Map.of("carrier", "", "trackingNumber", "EMS1", "expectedDeliveryOn", today().minusDays(1).toString()))
                .post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("carrier", "expectedDeliveryOn"));
        admin().body(Map.of("carrier", "EMS", "trackingNumber", "EMS1", "expectedDeliveryOn", "2022-02-30"))
                .post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(400).body("errors.field", contains("expectedDeliveryOn"));
        admin().get("/api/v1/shipments/{id}", id).then().body("status", equalTo("planned"));

        admin().body(dispatchBody(today().toString())).post("/api/v1/shipments/{id}/dispatch", id).then().statusCode(200);
        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), 500, 1))))
                .post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(400)
                .body("errors.field", contains("items", "items[0].quantityReceived"))
                .body("errors[1].message", containsString("500 copies dispatched"));
        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), -1, 0), count(UUID.randomUUID(), 1, 0))))
                .post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(400).body("errors.field", contains("items[0].quantityReceived"));
        officer(JIANGSU).body(Map.of("items", List.of(count(f.poster(), 500, 0), count(f.brochure(), 200, 0),
                count(UUID.randomUUID(), 1, 0))))
                .post("/api/v1/shipments/{id}/receive", id)
                .then().statusCode(400).body("errors.field", contains("items[2].materialId"));
        admin().get("/api/v1/shipments/{id}", id).then().body("status", equalTo("dispatched"))
                .body("items.quantityReceived", everyItem(equalTo(null)));
    }

    /** Overdue: today (China) is past the expected day plus the grace of P3D; exactly three days late is not. */
    @Test
    void aShipmentNotReceivedPastItsDayAndTheGraceIsOverdue() {
        Fanned f = fanned();
        String late = dispatched(f, JIANGSU);
        String onTheEdge = dispatched(f, ZHEJIANG);
        String receivedLate = dispatched(f, "110000");
        officer("110000").body(Map.of("items", List.of(count(f.poster(), 500, 0), count(f.brochure(), 200, 0))))
                .post("/api/v1/shipments/{id}/receive", receivedLate).then().statusCode(200);
        expectOn(late, today().minusDays(4));
        expectOn(onTheEdge, today().minusDays(3));
        expectOn(receivedLate, today().minusDays(10));

        admin().queryParam("campaign", f.campaign()).queryParam("overdue", true).get("/api/v1/shipments")
                .then().statusCode(200)
                .body("items.id", contains(late))
                .body("items[0].overdue", equalTo(true));
        admin().get("/api/v1/shipments/{id}", onTheEdge).then().body("overdue", equalTo(false));
        admin().queryParam("campaign", f.campaign()).queryParam("overdue", false).get("/api/v1/shipments")
                .then().body("items", hasSize(31));
        admin().get("/api/v1/distribution-plans/{id}/board", f.plan()).then()
                .body("totals.overdueShipments", equalTo(1))
                .body("units.find { it.divisionCode == '320000' }.overdue", equalTo(1));
        officer(JIANGSU).queryParam("overdue", true).queryParam("campaign", f.campaign()).get("/api/v1/shipments")
                .then().body("items.id", contains(late));
        officer(ZHEJIANG).queryParam("overdue", true).queryParam("campaign", f.campaign()).get("/api/v1/shipments")
                .then().body("items", hasSize(0));
    }

    @Test
    void listsFilterAndPageAndOfficersSeeTheirOwnUnitOnly() {
        Fanned f = fanned();
        dispatched(f, JIANGSU);

        String next = admin().queryParam("campaign", f.campaign()).queryParam("limit", 20).get("/api/v1/shipments")
                .then().statusCode(200).body("items", hasSize(20))
                .body("items[0].provincialUnit", equalTo("110000"))
                .extract().path("next");
        admin().queryParam("campaign", f.campaign()).queryParam("limit", 20).queryParam("cursor", next)
                .get("/api/v1/shipments").then().statusCode(200)
                .body("items", hasSize(12)).body("items[11].provincialUnit", equalTo("660000"))
                .body("next", equalTo(null));
        admin().queryParam("campaign", f.campaign()).queryParam("status", "dispatched").get("/api/v1/shipments")
                .then().body("items.provincialUnit", contains(JIANGSU));
        admin().queryParam("campaign", f.campaign()).queryParam("provincialUnit", ZHEJIANG).get("/api/v1/shipments")
                .then().body("items.provincialUnit", contains(ZHEJIANG));

        officer(JIANGSU).queryParam("campaign", f.campaign()).get("/api/v1/shipments")
                .then().statusCode(200).body("items.provincialUnit", contains(JIANGSU));
        officer(JIANGSU).queryParam("provincialUnit", ZHEJIANG).get("/api/v1/shipments").then().statusCode(403);
        as("provincial-officer", null).get("/api/v1/shipments").then().statusCode(403); // a token without a division
        admin().queryParam("status", "lost").get("/api/v1/shipments").then().statusCode(400)
                .body("errors.field", contains("status"));
        admin().queryParam("cursor", "bogus!").get("/api/v1/shipments").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        admin().get("/api/v1/shipments/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private String dispatched(Fanned f, String unit) {
        String id = shipmentTo(f.campaign(), unit);
        admin().body(dispatchBody(today().plusDays(2).toString())).post("/api/v1/shipments/{id}/dispatch", id)
                .then().statusCode(200);
        return id;
    }

    /** Moves a shipment's expected day into the past, as time passing would. */
    private void expectOn(String shipment, LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update shipment set expected_delivery_on = ?2 where id = cast(?1 as uuid)")
                .setParameter(1, shipment).setParameter(2, day).executeUpdate());
    }

    private static JsonNode event(String shipment, String type) throws Exception {
        ConsumerRecord<String, String> record = KAFKA.awaitRecord(TOPIC,
                r -> shipment.equals(r.key()) && type.equals(header(r, "ce_type")), Duration.ofSeconds(60));
        assertEquals("/material-service", header(record, "ce_source"));
        assertEquals(shipment, header(record, "ce_subject"));
        return JSON.readTree(record.value());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
