package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.as;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.awaitEvent;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.gif;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.nanjing;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publish;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishVersion;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.sha256;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** File versions over HTTP: upload, publish, download with validators and ranges, and each refusal. */
@QuarkusTest
class MaterialFileResourceTest {

    @Test
    void anUploadIsTheNextVersionWithItsSizeTypeAndSha256() {
        String id = create(material(knownCampaign(), "annual-report", "both", "public"));
        byte[] first = pdf(70_000, 1);
        admin().contentType("application/octet-stream").queryParam("fileName", "2022有机产品认证报告.pdf").body(first)
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(201)
                .header("Location", containsString("/versions/1"))
                .body("version", equalTo(1)).body("sizeBytes", equalTo(70_000))
                .body("mediaType", equalTo("application/pdf")).body("sha256", equalTo(sha256(first)))
                .body("fileName", equalTo("2022有机产品认证报告.pdf")).body("current", equalTo(false));
        assertEquals(2, upload(id, pdf(100, 2), "v2.pdf"));
        admin().get("/api/v1/materials/" + id + "/versions").then().statusCode(200).body("version", contains(1, 2));
    }

    @Test
    void theTypeIsJudgedFromTheContentNotTheName() {
        String id = create(material(knownCampaign(), "annual-report", "both", "public"));
        admin().contentType("application/octet-stream").queryParam("fileName", "report.pdf").body(gif())
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("image/gif"));
        admin().get("/api/v1/materials/" + id + "/versions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anOversizedUploadIsRefusedAndNotRecorded() {
        String id = create(material(knownCampaign(), "annual-report", "both", "public"));
        admin().contentType("application/octet-stream").queryParam("fileName", "big.pdf").body(pdf(1_048_577, 3))
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(413)
                .contentType("application/problem+json");
        admin().get("/api/v1/materials/" + id + "/versions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void uploadRefusals() {
        String id = create(material(knownCampaign(), "annual-report", "both", "public"));
        admin().contentType("application/octet-stream").body(pdf(100, 4)).post("/api/v1/materials/" + id + "/versions")
                .then().statusCode(400).body("errors.field", contains("fileName"));
        admin().contentType("application/octet-stream").queryParam("fileName", "../x.pdf").body(pdf(100, 4))
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(400)
                .body("errors.field", contains("fileName"));
        admin().contentType("application/octet-stream").queryParam("fileName", "empty.pdf").body(new byte[0])
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(400)
                .body("errors.field", contains("body"));
        jiangsu().contentType("application/octet-stream").queryParam("fileName", "x.pdf").body(pdf(100, 4))
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(403);
        anonymous().contentType("application/octet-stream").queryParam("fileName", "x.pdf").body(pdf(100, 4))
                .post("/api/v1/materials/" + id + "/versions").then().statusCode(401);
        admin().contentType("application/octet-stream").queryParam("fileName", "x.pdf").body(pdf(100, 4))
                .post("/api/v1/materials/" + UUID.randomUUID() + "/versions").then().statusCode(404);
    }

    @Test
    void publishingAMaterialAnnouncesItAndItsCurrentVersion() {
        byte[] content = pdf(5_000, 5);
        String id = publishedReport(content, "public");
        anonymous().get("/api/v1/materials/" + id).then().statusCode(200).body("currentVersion", equalTo(1));

        JsonNode event = awaitEvent(id, "MaterialVersionPublished", e -> true);
        assertEquals(1, event.get("version").asInt());
        assertEquals("2022年度报告.pdf", event.get("fileName").asText());
        assertEquals("application/pdf", event.get("mediaType").asText());
        assertEquals(5_000, event.get("sizeBytes").asLong());
        assertEquals(sha256(content), event.get("sha256").asText());
        awaitEvent(id, "MaterialPublished", e -> "annual-report".equals(e.get("kind").asText()));
    }

    @Test
    void theCurrentFileDownloadsWithItsValidators() {
        byte[] content = pdf(10_000, 6);
        String id = publishedReport(content, "public");
        ExtractableResponse<Response> whole = anonymous().get("/api/v1/materials/" + id + "/file").then()
                .statusCode(200).contentType("application/pdf").header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + sha256(content) + "\"").header("Content-Length", "10000")
                .header("Content-Disposition", containsString("filename*=UTF-8''2022%E5%B9%B4"))
                .extract();
        assertArrayEquals(content, whole.asByteArray());
        String lastModified = whole.header("Last-Modified");

        anonymous().header("If-None-Match", "\"" + sha256(content) + "\"").get("/api/v1/materials/" + id + "/file")
                .then().statusCode(304).body(emptyOrNullString());
        anonymous().header("If-Modified-Since", lastModified).get("/api/v1/materials/" + id + "/file")
                .then().statusCode(304);
        anonymous().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified)
                .get("/api/v1/materials/" + id + "/file").then().statusCode(200);
    }

    @Test
    void rangesResumeDownloads() {
        byte[] content = pdf(10_000, 7);
        String id = publishedReport(content, "public");
        String file = "/api/v1/materials/" + id + "/file";
        byte[] head = anonymous().header("Range", "bytes=0-99").get(file).then().statusCode(206)
                .header("Content-Range", "bytes 0-99/10000").header("Content-Length", "100").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, 0, 100), head);
        byte[] rest = anonymous().header("Range", "bytes=100-").header("If-Range", "\"" + sha256(content) + "\"")
                .get(file).then().statusCode(206).header("Content-Range", "bytes 100-9999/10000")
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, 100, 10_000), rest);
        byte[] tail = anonymous().header("Range", "bytes=-10").get(file).then().statusCode(206)
                .header("Content-Range", "bytes 9990-9999/10000").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, 9_990, 10_000), tail);

        anonymous().header("Range", "bytes=10000-").get(file).then().statusCode(416)
                .header("Content-Range", "bytes */10000").contentType("application/problem+json");
        // The client's copy is of another file: it gets the whole current one.
        anonymous().header("Range", "bytes=100-").header("If-Range", "\"stale\"").get(file).then().statusCode(200)
                .header("Content-Length", "10000");
    }

    @Test
    void filesForOfficialsDownloadOnlyForOfficials() {
        String id = publishedReport(pdf(1_000, 8), "officials");
        anonymous().get("/api/v1/materials/" + id + "/file").then().statusCode(401);
        as("certification-body", null).get("/api/v1/materials/" + id + "/file").then().statusCode(403);
        nanjing().get("/api/v1/materials/" + id + "/file").then().statusCode(200)
                .header("Cache-Control", containsString("private"));
    }

    @Test
    void anUnpublishedVersionIsOnlyForTheNationalOffice() {
        String id = publishedReport(pdf(1_000, 9), "public");
        int second = upload(id, pdf(2_000, 10), "v2.pdf");
        anonymous().get("/api/v1/materials/" + id + "/versions/" + second + "/file").then().statusCode(404);
        anonymous().get("/api/v1/materials/" + id + "/versions").then().statusCode(200).body("version", contains(1));
        admin().get("/api/v1/materials/" + id + "/versions/" + second + "/file").then().statusCode(200)
                .header("Content-Length", "2000");
        anonymous().get("/api/v1/materials/" + id + "/versions/7/file").then().statusCode(404);
    }

    @Test
    void aDraftHasNoDownloadsForTheProvinces() {
        String id = create(material(knownCampaign(), "annual-report", "both", "public"));
        publishVersion(id, upload(id, pdf(1_000, 11), "draft.pdf"));
        jiangsu().get("/api/v1/materials/" + id + "/file").then().statusCode(404);
        admin().get("/api/v1/materials/" + id + "/file").then().statusCode(200);
    }

    @Test
    void aNewerVersionTellsTheProvincesThatFetchedAnOlderOne() {
        String id = publishedReport(pdf(1_000, 12), "public");
        nanjing().get("/api/v1/materials/" + id + "/file").then().statusCode(200);
        jiangsu().get("/api/v1/materials/" + id).then().statusCode(200).body("fetchedVersion", equalTo(1));

        int second = upload(id, pdf(3_000, 13), "v2.pdf");
        publishVersion(id, second);
        admin().post("/api/v1/materials/" + id + "/versions/1/publish").then().statusCode(409);

        JsonNode update = awaitEvent(id, "MaterialUpdateAvailable", e -> true);
        assertEquals("320000", update.get("provincialUnit").asText());
        assertEquals(1, update.get("fetchedVersion").asInt());
        assertEquals(2, update.get("latestVersion").asInt());
        awaitEvent(id, "MaterialVersionPublished", e -> e.get("version").asInt() == 2);

        jiangsu().get("/api/v1/materials/fetches").then().statusCode(200)
                .body("find { it.materialId == '" + id + "' }.fetchedVersion", equalTo(1))
                .body("find { it.materialId == '" + id + "' }.currentVersion", equalTo(2))
                .body("find { it.materialId == '" + id + "' }.updateAvailable", equalTo(true));
        anonymous().get("/api/v1/materials/" + id + "/file").then().statusCode(200).header("Content-Length", "3000");
    }
}
