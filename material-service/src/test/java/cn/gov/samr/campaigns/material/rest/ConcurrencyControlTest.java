package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.JIANGSU;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.addMaterial;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.line;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.planOf;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.poster;
import static cn.gov.samr.campaigns.material.rest.DistributionFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Materials and distribution plans: a write answers the ETag of the version it stored, a change without If-Match is
 * 428 and changes nothing, and If-None-Match gives 304.
 */
@QuarkusTest
class ConcurrencyControlTest {

    private static final String MATERIAL = "/api/v1/materials/{id}";
    private static final String PLAN = "/api/v1/distribution-plans/{id}";

    @Inject
    EntityManager em;

    @Test
    void aMaterialChangeAnswersTheEtagOfTheNextChange() {
        UUID campaign = knownCampaign();
        String id = create(material(campaign, "poster", "post", "public"));
        Map<String, Object> brochure = material(campaign, "brochure", "post", "public");

        json(admin()).body(brochure).put(MATERIAL, id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://certification-campaigns.samr.gov.cn/problems/precondition-required"))
                .body("detail", containsString("send its ETag in If-Match"));
        admin().get(MATERIAL, id).then().header("ETag", "\"0\"").body("kind", equalTo("poster"));

        String first = json(admin()).header("If-Match", etag(MATERIAL, id)).body(brochure).put(MATERIAL, id)
                .then().statusCode(200).extract().header("ETag");
        assertEquals(first, etag(MATERIAL, id));
        String second = json(admin()).header("If-Match", first).body(material(campaign, "poster", "post", "public"))
                .put(MATERIAL, id).then().statusCode(200).extract().header("ETag");
        assertNotEquals(first, second);
        assertEquals(second, etag(MATERIAL, id));

        String published = admin().post(MATERIAL + "/publish", id).then().statusCode(200).extract().header("ETag");
        assertEquals(published, etag(MATERIAL, id));
    }

    @Test
    void aMaterialGetAnswers304ToItsEtag() {
        String id = create(material(knownCampaign(), "poster", "post", "public"));
        admin().post(MATERIAL + "/publish", id).then().statusCode(200);
        String etag = etag(MATERIAL, id);
        anonymous().header("If-None-Match", etag).get(MATERIAL, id)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        anonymous().header("If-None-Match", "W/\"77\", W/" + etag).get(MATERIAL, id).then().statusCode(304);
        anonymous().header("If-None-Match", "\"77\"").get(MATERIAL, id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void aPlanPatchWithoutIfMatchIs428AndTheAnsweredEtagIsTheNextIfMatch() {
        UUID campaign = publishedCampaign();
        String plan = planOf(campaign);
        UUID poster = poster(em, campaign);
        String added = addMaterial(plan, poster, 500);
        assertEquals(added, etag(PLAN, plan));

        json(admin()).body(Map.of("lines", List.of(line(poster, JIANGSU, 800)))).patch(PLAN + "/lines", plan)
                .then().statusCode(428).body("detail", containsString("If-Match"));
        admin().get(PLAN, plan).then().header("ETag", added)
                .body("materials[0].quantities.quantity", everyItem(equalTo(500)));

        String first = json(admin()).header("If-Match", added).body(Map.of("lines", List.of(line(poster, JIANGSU, 800))))
                .patch(PLAN + "/lines", plan).then().statusCode(200).extract().header("ETag");
        assertEquals(first, etag(PLAN, plan));
        json(admin()).header("If-Match", first).body(Map.of("lines", List.of(line(poster, JIANGSU, 900))))
                .patch(PLAN + "/lines", plan).then().statusCode(200)
                .body("materials[0].quantities.find { it.provincialUnit == '320000' }.quantity", equalTo(900));

        String current = etag(PLAN, plan);
        admin().header("If-None-Match", current).get(PLAN, plan)
                .then().statusCode(304).header("ETag", current).body(emptyString());
    }

    private static String etag(String path, String id) {
        return admin().get(path, id).then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType("application/json");
    }
}
