package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Photos and videos of a report: streamed in with SHA-256, type and size limits, consent required. */
@QuarkusTest
class AttachmentTest {

    private static final String PATH = "/api/v1/reports/{id}/attachments";

    @Test
    void aPhotoIsStoredWithItsHashAndKeptInTheSubmittedVersion() throws Exception {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, JIANGSU);
        byte[] photo = png(20_000);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));

        String attachment = upload(province(JIANGSU), "启动仪式.png", photo).post(PATH, id).then().statusCode(201)
                .body("kind", equalTo("photo"))
                .body("mediaType", equalTo("image/png"))
                .body("sizeBytes", equalTo(20_000))
                .body("sha256", equalTo(sha256))
                .body("consent", equalTo("现场公告,参与者书面同意"))
                .extract().path("id");
        byte[] downloaded = national().get(PATH + "/{a}/content", id, attachment).then().statusCode(200)
                .header("ETag", equalTo("\"" + sha256 + "\"")).extract().asByteArray();
        assertArrayEquals(photo, downloaded);

        saveDraft(id, JIANGSU);
        province(JIANGSU).post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        national().get("/api/v1/reports/{id}/versions/1", id).then()
                .body("content.attachments.sha256", contains(sha256))
                .body("content.attachments[0].licence", equalTo("CC BY 4.0"));
        upload(province(JIANGSU), "later.png", png(100)).post(PATH, id).then().statusCode(409);
    }

    @Test
    void wrongTypeTooLargeNoConsentAndAnotherProvinceAreRefusedAndNothingIsKept() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, JIANGSU);
        upload(province(JIANGSU), "notes.txt", "just some text".getBytes()).post(PATH, id).then().statusCode(415);
        upload(province(JIANGSU), "huge.png", png(70_000)).post(PATH, id).then().statusCode(413); // limit 64 KiB
        province(JIANGSU).contentType("application/octet-stream").queryParam("fileName", "a.png").body(png(100))
                .post(PATH, id).then().statusCode(400).body("errors.field", contains("consent"));
        upload(province(ZHEJIANG), "a.png", png(100)).post(PATH, id).then().statusCode(403);
        upload(ReportFixtures.as("partner", null), "a.png", png(100)).post(PATH, id).then().statusCode(403);
        province(JIANGSU).get(PATH, id).then().statusCode(200).body("$", hasSize(0));

        String kept = upload(province(JIANGSU), "a.png", png(100)).post(PATH, id).then().statusCode(201)
                .extract().path("id");
        province(ZHEJIANG).delete(PATH + "/{a}", id, kept).then().statusCode(403);
        province(JIANGSU).delete(PATH + "/{a}", id, kept).then().statusCode(204);
        province(JIANGSU).get(PATH + "/{a}/content", id, kept).then().statusCode(404);
        province(JIANGSU).get(PATH, id).then().body("$", hasSize(0));
    }

    private static RequestSpecification upload(RequestSpecification as, String fileName, byte[] body) {
        return as.contentType("application/octet-stream").queryParam("fileName", fileName)
                .queryParam("consent", "现场公告,参与者书面同意").queryParam("licence", "CC BY 4.0").body(body);
    }

    /** PNG signature then noise: what the sniffer recognises as a PNG, of the given size. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
