package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public catalogue is cacheable: 304 while unchanged, 200 once a material is published or withdrawn. */
@QuarkusTest
class PublicMaterialCachingTest {

    @Test
    void theAnonymousCatalogueIs304UntilItChanges() {
        String first = publishedReport(pdf(2048, 1), "public");
        String etag = anonymous().queryParam("limit", 200).get("/api/v1/materials").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).extract().header("ETag");
        String lastModified = anonymous().queryParam("limit", 200).get("/api/v1/materials").then().statusCode(200)
                .extract().header("Last-Modified");
        anonymous().queryParam("limit", 200).header("If-None-Match", etag).get("/api/v1/materials").then()
                .statusCode(304);
        anonymous().queryParam("limit", 200).header("If-Modified-Since", lastModified).get("/api/v1/materials")
                .then().statusCode(304);

        String second = publishedReport(pdf(2048, 2), "public");
        anonymous().queryParam("limit", 200).header("If-None-Match", etag).get("/api/v1/materials").then()
                .statusCode(200).body("items.id", hasItem(second));

        String current = anonymous().queryParam("limit", 200).get("/api/v1/materials").then().extract().header("ETag");
        admin().post("/api/v1/materials/" + first + "/withdraw").then().statusCode(200);
        anonymous().queryParam("limit", 200).header("If-None-Match", current).get("/api/v1/materials").then()
                .statusCode(200).body("items.id", not(hasItem(first)));
    }

    @Test
    void anOfficersCatalogueIsPrivate() {
        jiangsu().get("/api/v1/materials").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).header("Last-Modified", nullValue());
    }
}
