package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.as;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.awaitEvent;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.nanjing;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The catalogue over HTTP: each lifecycle step and each refusal. */
@QuarkusTest
class MaterialResourceTest {

    @Test
    void theNationalOfficeCreatesADraftOnlyItSees() {
        UUID campaign = knownCampaign();
        String etag = admin().contentType("application/json").body(material(campaign, "poster", "post", "public"))
                .post("/api/v1/materials").then().statusCode(201)
                .header("Location", containsString("/api/v1/materials/"))
                .body("status", equalTo("draft")).body("kind", equalTo("poster"))
                .body("title.zh", equalTo("中国有机产品认证与有机产业发展报告"))
                .body("delivery", equalTo("post")).body("access", equalTo("public"))
                .body("currentVersion", nullValue())
                .extract().header("ETag");
        assertEquals("\"0\"", etag);
        String id = admin().queryParam("campaign", campaign).get("/api/v1/materials").then().statusCode(200)
                .extract().path("items[0].id");
        anonymous().get("/api/v1/materials/" + id).then().statusCode(404);
        jiangsu().get("/api/v1/materials/" + id).then().statusCode(404);
    }

    @Test
    void aMaterialOfACampaignNotKnownAsPublishedIsRefused() {
        admin().contentType("application/json").body(material(UUID.randomUUID(), "poster", "post", "public"))
                .post("/api/v1/materials").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("campaignId"));
    }

    @Test
    void badFieldsAreNamed() {
        Map<String, Object> body = material(knownCampaign(), "leaflet", "post", "public");
        admin().contentType("application/json").body(body).post("/api/v1/materials").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("annual-report"));
        body = material(knownCampaign(), "poster", "post", "public");
        body.put("title", Map.of("en", "no Chinese title"));
        body.remove("access");
        admin().contentType("application/json").body(body).post("/api/v1/materials").then().statusCode(400)
                .body("errors.field", contains("access", "title.zh"));
    }

    @Test
    void onlyTheNationalOfficeWrites() {
        Map<String, Object> body = material(knownCampaign(), "poster", "post", "public");
        anonymous().contentType("application/json").body(body).post("/api/v1/materials").then().statusCode(401);
        jiangsu().contentType("application/json").body(body).post("/api/v1/materials").then().statusCode(403);
        String id = create(body);
        jiangsu().post("/api/v1/materials/" + id + "/publish").then().statusCode(403);
        as("partner", null).contentType("application/json").body(body).put("/api/v1/materials/" + id)
                .then().statusCode(403);
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndKeepsTheCampaign() {
        UUID campaign = knownCampaign();
        Map<String, Object> body = material(campaign, "poster", "post", "public");
        String id = create(body);
        body.put("kind", "brochure");
        String etag = admin().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/api/v1/materials/" + id).then().statusCode(200).body("kind", equalTo("brochure"))
                .extract().header("ETag");
        assertEquals("\"1\"", etag);
        admin().contentType("application/json").header("If-Match", "\"0\"").body(body).put("/api/v1/materials/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        body.put("campaignId", knownCampaign().toString());
        admin().contentType("application/json").header("If-Match", etag).body(body).put("/api/v1/materials/" + id)
                .then().statusCode(400)
                .body("errors.field", contains("campaignId"));
        admin().contentType("application/json").header("If-Match", "*").body(material(campaign, "poster", "post", "public"))
                .put("/api/v1/materials/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void publishingAnnouncesTheMaterialOnce() {
        UUID campaign = knownCampaign();
        String id = create(material(campaign, "poster", "post", "public"));
        publish(id);
        admin().post("/api/v1/materials/" + id + "/publish").then().statusCode(200).body("status", equalTo("published"));
        anonymous().get("/api/v1/materials/" + id).then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", notNullValue());

        JsonNode event = awaitEvent(id, "MaterialPublished", e -> true);
        assertEquals(campaign.toString(), event.get("campaignId").asText());
        assertEquals("poster", event.get("kind").asText());
        assertEquals("中国有机产品认证与有机产业发展报告", event.get("title").get("zh").asText());
        assertEquals("China Organic Certification Report", event.get("title").get("en").asText());
        assertEquals("post", event.get("delivery").asText());
        assertEquals("public", event.get("access").asText());
        assertEquals(true, event.get("publishedAt").asText().endsWith("+08:00"));
    }

    @Test
    void aMaterialToDownloadIsNotPublishedWithoutAFile() {
        String id = create(material(knownCampaign(), "annual-report", "download", "public"));
        admin().post("/api/v1/materials/" + id + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("file version"));
    }

    @Test
    void materialsForOfficialsAreForOfficialsOnly() {
        UUID campaign = knownCampaign();
        String restricted = create(material(campaign, "best-practices", "post", "officials"));
        String open = create(material(campaign, "poster", "post", "public"));
        publish(restricted);
        publish(open);

        anonymous().get("/api/v1/materials/" + restricted).then().statusCode(401);
        as("certification-body", null).get("/api/v1/materials/" + restricted).then().statusCode(403);
        as("partner", null).get("/api/v1/materials/" + restricted).then().statusCode(403);
        nanjing().get("/api/v1/materials/" + restricted).then().statusCode(200);

        anonymous().queryParam("campaign", campaign).get("/api/v1/materials").then().statusCode(200)
                .body("items.id", contains(open));
        jiangsu().queryParam("campaign", campaign).get("/api/v1/materials").then().statusCode(200)
                .body("items.id", contains(restricted, open));
    }

    @Test
    void listsPageByCampaignAndKind() {
        UUID campaign = knownCampaign();
        String first = create(material(campaign, "poster", "post", "public"));
        create(material(campaign, "video", "download", "public"));
        String third = create(material(campaign, "poster", "both", "public"));

        String next = admin().queryParam("campaign", campaign).queryParam("kind", "poster").queryParam("limit", 1)
                .get("/api/v1/materials").then().statusCode(200).body("items.id", contains(first))
                .extract().path("next");
        admin().queryParam("campaign", campaign).queryParam("kind", "poster").queryParam("limit", 1)
                .queryParam("cursor", next).get("/api/v1/materials").then().statusCode(200)
                .body("items.id", contains(third)).body("next", nullValue());
        admin().queryParam("kind", "leaflet").get("/api/v1/materials").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        admin().queryParam("cursor", "forged").get("/api/v1/materials").then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void aWithdrawnMaterialLeavesTheCatalogueAndNoLongerChanges() {
        Map<String, Object> body = material(knownCampaign(), "poster", "post", "public");
        String id = create(body);
        publish(id);
        admin().post("/api/v1/materials/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("withdrawnAt", notNullValue());
        anonymous().get("/api/v1/materials/" + id).then().statusCode(404);
        admin().contentType("application/json").header("If-Match", "*").body(body).put("/api/v1/materials/" + id).then().statusCode(409);
        admin().post("/api/v1/materials/" + id + "/publish").then().statusCode(409);
    }
}
