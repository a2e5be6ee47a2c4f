package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.NoticeFixtures.addressees;
import static cn.gov.samr.campaigns.event.rest.NoticeFixtures.documentNumber;
import static cn.gov.samr.campaigns.event.rest.NoticeFixtures.notice;
import static cn.gov.samr.campaigns.event.rest.NoticeFixtures.ofd;
import static cn.gov.samr.campaigns.event.rest.NoticeFixtures.pdf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class NoticeResourceTest {

    private static final String NOTICES = "/api/v1/notices";

    @Test
    void aNoticeWithItsSignedFileIsPublicOncePublishedAndItsCampaignsListIt() {
        Map<String, Object> week = organicWeek2022(); // a year of its own, so that the campaign list's first page has it
        week.put("window", Map.of("start", "2029-09-17", "end", "2029-09-21"));
        week.put("reportingDeadline", "2029-10-12");
        String campaign = createPublished(week);
        String number = documentNumber();
        String id = asNationalAdmin().body(notice(number, campaign)).post(NOTICES).then().statusCode(201)
                .header("Location", containsString(NOTICES + "/"))
                .body("documentNumber", equalTo(number))
                .body("status", equalTo("draft"))
                .body("addressees.allProvincialUnits", equalTo(true))
                .body("addressees.certificationBodySchemes", contains("organic-product"))
                .body("campaigns", contains(campaign))
                .extract().path("id");

        byte[] signed = pdf(200_000);
        asNationalAdmin().contentType("application/pdf").body(signed).put(NOTICES + "/{id}/file", id)
                .then().statusCode(200).body("file.mediaType", equalTo("application/pdf"))
                .body("file.sizeBytes", equalTo(signed.length))
                .body("file.fileName", equalTo(number + ".pdf"));
        assertArrayEquals(signed, asNationalAdmin().get(NOTICES + "/{id}/file", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());

        // a draft is the national office's only
        given().get(NOTICES + "/{id}", id).then().statusCode(404);
        given().get(NOTICES + "/{id}/file", id).then().statusCode(404);
        given().queryParam("documentNumber", number).get(NOTICES).then().statusCode(200).body("items", equalTo(List.of()));
        asNationalAdmin().get("/api/v1/campaigns/{id}", campaign).then().body("notices", equalTo(List.of()));

        asNationalAdmin().post(NOTICES + "/{id}/publish", id).then().statusCode(200).body("status", equalTo("published"));

        given().get(NOTICES + "/{id}", id).then().statusCode(200).body("documentNumber", equalTo(number))
                .body("text", containsString("各相关认证机构"));
        assertArrayEquals(signed, given().get(NOTICES + "/{id}/file", id).then().statusCode(200)
                .header("Cache-Control", "public, no-cache").extract().asByteArray());
        given().queryParam("campaign", campaign).get(NOTICES).then().statusCode(200)
                .body("items.documentNumber", contains(number))
                .body("items[0].text", nullValue());
        given().queryParam("year", 2022).get(NOTICES).then().body("items.id", hasItem(id));
        given().queryParam("year", 2023).get(NOTICES).then().body("items.id", not(hasItem(id)));
        as("partner", null).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("notices.documentNumber", contains(number))
                .body("notices[0].issuedOn", equalTo("2022-08-31"));
        asNationalAdmin().queryParam("year", 2029).get("/api/v1/campaigns").then()
                .body("items.find { it.id == '" + campaign + "' }.notices[0].id", equalTo(id));
    }

    @Test
    void anOfdIsTakenAndAnythingElseIsRefusedByItsContent() {
        String id = draft(notice(documentNumber()));
        asNationalAdmin().contentType("application/ofd").body(ofd("OFD.xml")).put(NOTICES + "/{id}/file", id)
                .then().statusCode(200).body("file.mediaType", equalTo("application/ofd"));

        // the declared type does not count: a ZIP without OFD.xml at its root, a GIF, plain text
        for (byte[] wrong : List.of(ofd("Doc_0/OFD.xml"), "GIF89a not a notice".getBytes(),
                "市监认证函".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            asNationalAdmin().contentType("application/pdf").body(wrong).put(NOTICES + "/{id}/file", id)
                    .then().statusCode(415).contentType("application/problem+json");
        }
        asNationalAdmin().get(NOTICES + "/{id}", id).then().body("file.mediaType", equalTo("application/ofd"));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        String id = draft(notice(documentNumber()));
        asNationalAdmin().contentType("application/pdf").body(pdf(1024 * 1024 + 1)).put(NOTICES + "/{id}/file", id)
                .then().statusCode(413).contentType("application/problem+json");
        asNationalAdmin().get(NOTICES + "/{id}", id).then().body("file", nullValue());
    }

    /** 409: the number is taken by a notice that exists, which a request on its own cannot know. */
    @Test
    void aDocumentNumberNamesOneNotice() {
        String number = documentNumber();
        draft(notice(number));
        asNationalAdmin().body(notice(number)).post(NOTICES).then().statusCode(409)
                .body("detail", containsString(number));
        String other = draft(notice(documentNumber()));
        ifMatch(other).body(notice(number)).put(NOTICES + "/{id}", other).then().statusCode(409);
    }

    @Test
    void addresseesAndCampaignsAreChecked() {
        Map<String, Object> body = notice(documentNumber(), "00000000-0000-0000-0000-000000000001");
        body.put("addressees", addressees(false, List.of("320000", "999900", "320100"), List.of("Organic Product")));
        asNationalAdmin().body(body).post(NOTICES).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("addressees.certificationBodySchemes[0]",
                        "addressees.provincialUnits[1]", "addressees.provincialUnits[2]", "campaigns[0]"));

        body = notice(documentNumber());
        body.put("addressees", addressees(false, List.of(), List.of()));
        asNationalAdmin().body(body).post(NOTICES).then().statusCode(400).body("errors.field", contains("addressees"));

        body = notice(documentNumber()); // a well-formed token that names no scheme
        body.put("addressees", addressees(true, List.of(), List.of("tea-products")));
        asNationalAdmin().body(body).post(NOTICES).then().statusCode(400)
                .body("errors.find { it.field == 'addressees.certificationBodySchemes[0]' }.message",
                        startsWith("is not a certification scheme"));
    }

    @Test
    void onlyTheNationalOfficeWritesNotices() {
        Map<String, Object> body = notice(documentNumber());
        given().contentType("application/json").body(body).post(NOTICES).then().statusCode(401);
        as("provincial-officer", "320000").body(body).post(NOTICES).then().statusCode(403);
        String id = draft(body);
        as("provincial-officer", "320000").contentType("application/pdf").body(pdf(100))
                .put(NOTICES + "/{id}/file", id).then().statusCode(403);
        as("provincial-officer", "320000").post(NOTICES + "/{id}/publish", id).then().statusCode(403);
        as("provincial-officer", "320000").get(NOTICES + "/{id}", id).then().statusCode(404);
    }

    @Test
    void aPublishedNoticeNoLongerChangesAndNeedsPublishedCampaigns() {
        String draftCampaign = createDraft(organicWeek2022());
        Map<String, Object> body = notice(documentNumber(), draftCampaign);
        String id = draft(body);
        asNationalAdmin().post(NOTICES + "/{id}/publish", id).then().statusCode(409)
                .body("detail", containsString(draftCampaign));

        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", draftCampaign).then().statusCode(200);
        body.put("title", Map.of("zh", "关于开展全国“有机产品认证宣传周”活动的通知(修改稿)"));
        ifMatch(id).body(body).put(NOTICES + "/{id}", id).then().statusCode(200)
                .body("title.zh", containsString("修改稿"));
        asNationalAdmin().post(NOTICES + "/{id}/publish", id).then().statusCode(200);

        ifMatch(id).body(body).put(NOTICES + "/{id}", id).then().statusCode(409);
        // the signed scan may follow the publication once, and is then final
        asNationalAdmin().contentType("application/pdf").body(pdf(100)).put(NOTICES + "/{id}/file", id)
                .then().statusCode(200);
        asNationalAdmin().contentType("application/pdf").body(pdf(200)).put(NOTICES + "/{id}/file", id)
                .then().statusCode(409);
    }

    /** The issue: "a notice number sent in a request is silently dropped". It is refused, by name. */
    @Test
    void aNoticeNumberInACampaignRequestIsRefusedNotDropped() {
        Map<String, Object> body = organicWeek2022();
        body.put("noticeNumber", "市监认证函〔2024〕405号");
        asNationalAdmin().body(body).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("noticeNumber"))
                .body("errors[0].message", containsString("unknown field"));
    }

    private static String draft(Map<String, Object> body) {
        return asNationalAdmin().body(body).post(NOTICES).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification ifMatch(String notice) {
        return asNationalAdmin().header("If-Match", CampaignFixtures.etag(NOTICES + "/{id}", notice));
    }
}
