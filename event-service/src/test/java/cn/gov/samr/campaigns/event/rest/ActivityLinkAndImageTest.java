package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** An activity's online link and its image (photo or poster), from the bureau's request to the public calendar. */
@QuarkusTest
class ActivityLinkAndImageTest {

    private static final String LINK = "https://live.example.cn/room/2022-organic?lang=zh";

    @Test
    void anOnlineActivitysLinkIsKeptShownToThePublicAndAnnounced() {
        String campaign = organicWeek();
        String id = jiangsu().body(online(campaign, LINK)).post("/api/v1/activities").then().statusCode(201)
                .body("onlineUrl", equalTo(LINK))
                .body("warnings", org.hamcrest.Matchers.empty())
                .extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);

        given().queryParam("campaign", campaign).get("/api/v1/public/activities").then().statusCode(200)
                .body("items.onlineUrl", contains(LINK))
                .body("items[0]", not(hasKey("image")));
        JsonPath event = JsonPath.from(new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers())
                .awaitRecord("activity.events", r -> r.key().equals(id), Duration.ofSeconds(30)).value());
        assertEquals(LINK, event.getString("onlineUrl"));
        assertEquals("online", event.getString("format"));

        // a change of the link is a change of the published activity: kept in its history
        Map<String, Object> moved = online(campaign, "https://live.example.cn/room/2");
        moved.put("changeReason", "直播间调整");
        jiangsu().header("If-Match", etag("/api/v1/activities/{id}", id)).body(moved)
                .put("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("onlineUrl", equalTo("https://live.example.cn/room/2"));
        jiangsu().get("/api/v1/activities/{id}/history", id).then().statusCode(200)
                .body("[0].changes", hasKey("onlineUrl"));
    }

    @Test
    void aLinkMustBeHttpsAndOnlyOnAnOnlineOrHybridActivity() {
        String campaign = organicWeek();
        for (String bad : List.of("http://live.example.cn/room/1", "javascript:alert(1)", "https://", "live.example.cn",
                "https://user:secret@live.example.cn/", "https://live.example.cn/a b")) {
            jiangsu().body(online(campaign, bad)).post("/api/v1/activities").then().statusCode(400)
                    .body("errors.field", contains("onlineUrl"));
        }
        Map<String, Object> offline = lecture(campaign, "2022-09-21");
        offline.put("onlineUrl", LINK);
        jiangsu().body(offline).post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", contains("onlineUrl"))
                .body("errors.message", hasItem(containsString("hybrid")));
        Map<String, Object> hybrid = lecture(campaign, "2022-09-21");
        hybrid.put("format", "hybrid");
        hybrid.put("onlineUrl", LINK);
        jiangsu().body(hybrid).post("/api/v1/activities").then().statusCode(201).body("onlineUrl", equalTo(LINK));
    }

    @Test
    void anOnlineActivityWithoutALinkIsAcceptedWithAWarning() {
        jiangsu().body(online(organicWeek(), null)).post("/api/v1/activities").then().statusCode(201)
                .body("warnings.field", contains("onlineUrl"));
    }

    @Test
    void theImageIsStoredByTheBureauAndPublicOnceTheActivityIsAnnounced() {
        String id = jiangsu().body(lecture(organicWeek(), "2022-09-21")).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id");
        byte[] png = png(5000);
        jiangsu().contentType("image/png").body(png).put("/api/v1/activities/{id}/image", id).then().statusCode(200)
                .body("image.mediaType", equalTo("image/png"))
                .body("image.sizeBytes", equalTo(png.length))
                .body("image.url", equalTo("/api/v1/activities/" + id + "/image"));
        assertArrayEquals(png, jiangsu().get("/api/v1/activities/{id}/image", id).then().statusCode(200)
                .contentType("image/png").extract().asByteArray());
        given().get("/api/v1/public/activities/{id}/image", id).then().statusCode(404); // planned: not public yet

        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        String url = "/api/v1/public/activities/" + id + "/image";
        jiangsu().get("/api/v1/activities/{id}", id).then().body("image.url", equalTo(url));
        given().get("/api/v1/public/activities").then().body("items.find { it.id == '" + id + "' }.image",
                equalTo(url));
        String tag = given().get(url).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "public, no-cache").extract().header("ETag");
        given().header("If-None-Match", tag).get(url).then().statusCode(304);

        // a new photo replaces the poster; the public gets the new one
        byte[] jpeg = jpeg(3000);
        jiangsu().contentType("image/jpeg").body(jpeg).put("/api/v1/activities/{id}/image", id).then().statusCode(200)
                .body("image.mediaType", equalTo("image/jpeg"));
        assertArrayEquals(jpeg, given().get(url).then().statusCode(200).contentType("image/jpeg").extract()
                .asByteArray());
    }

    @Test
    void onlyAnOfficerInTheActivitysJurisdictionStoresAnImageAndOnlyAnImage() {
        String id = jiangsu().body(lecture(organicWeek(), "2022-09-21")).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id");
        as("provincial-officer", "330000").contentType("image/png").body(png(100))
                .put("/api/v1/activities/{id}/image", id).then().statusCode(403);
        as("partner", null).contentType("image/png").body(png(100)).put("/api/v1/activities/{id}/image", id)
                .then().statusCode(403);
        given().contentType("image/png").body(png(100)).put("/api/v1/activities/{id}/image", id).then()
                .statusCode(401);
        jiangsu().contentType("image/png").body(NoticeFixtures.pdf(200)).put("/api/v1/activities/{id}/image", id)
                .then().statusCode(415).body("detail", containsString("application/pdf"));
        jiangsu().contentType("image/png").body(new byte[0]).put("/api/v1/activities/{id}/image", id).then()
                .statusCode(400);
        jiangsu().contentType("image/png").body(png(1024 * 1024 + 1)).put("/api/v1/activities/{id}/image", id)
                .then().statusCode(413);
        jiangsu().get("/api/v1/activities/{id}", id).then().body("image", nullValue());
        jiangsu().get("/api/v1/activities/{id}/image", id).then().statusCode(404);

        jiangsu().body(Map.of("reason", "天气原因")).post("/api/v1/activities/{id}/cancel", id).then().statusCode(200);
        jiangsu().contentType("image/png").body(png(100)).put("/api/v1/activities/{id}/image", id).then()
                .statusCode(409);
    }

    @Test
    void anInternalActivitysImageIsNeverPublic() {
        Map<String, Object> internal = lecture(organicWeek(), "2022-09-21");
        internal.put("visibility", "internal");
        String id = jiangsu().body(internal).post("/api/v1/activities").then().statusCode(201).extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        jiangsu().contentType("image/webp").body(webp(400)).put("/api/v1/activities/{id}/image", id).then()
                .statusCode(200).body("image.url", equalTo("/api/v1/activities/" + id + "/image"));
        given().get("/api/v1/public/activities/{id}/image", id).then().statusCode(404);
        as("partner", null).get("/api/v1/activities/{id}/image", id).then().statusCode(404);
        as("provincial-officer", "320000").get("/api/v1/activities/{id}/image", id).then().statusCode(200)
                .contentType("image/webp");
    }

    /** An online lecture; {@code link} null for none. */
    private static Map<String, Object> online(String campaign, String link) {
        Map<String, Object> body = lecture(campaign, "2022-09-22");
        body.put("format", "online");
        body.put("title", Map.of("zh", "有机产品认证线上讲解"));
        body.put("venue", Map.of("division", "320102")); // no hall to book: no venue conflicts between tests
        if (link != null) {
            body.put("onlineUrl", link);
        }
        return body;
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    /** Bytes that start as a PNG: the service judges the type by the signature, the rest makes them distinctive. */
    static byte[] png(int size) {
        return image(size, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
    }

    static byte[] jpeg(int size) {
        return image(size, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 });
    }

    static byte[] webp(int size) {
        return image(size, "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] image(int size, byte[] head) {
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) (i * 7 + 3);
        }
        return bytes;
    }
}
