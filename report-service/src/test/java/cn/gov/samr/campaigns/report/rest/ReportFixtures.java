package cn.gov.samr.campaigns.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.report.messaging.CampaignEvents;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small factories for callers, campaigns with their obligations, report drafts and media items. */
public final class ReportFixtures {

    public static final String JIANGSU = "320000";
    public static final String ZHEJIANG = "330000";
    public static final String REPORT_EVENTS = "report.events";

    private ReportFixtures() {
    }

    public static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division)).contentType(ContentType.JSON);
    }

    public static RequestSpecification province(String division) {
        return as("provincial-officer", division);
    }

    public static RequestSpecification national() {
        return as("national-admin", null);
    }

    /** Publishes a campaign due on {@code deadline} and waits for its 32 obligations. */
    public static UUID publishedCampaign(String deadline) {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.sendPublished(campaign, UUID.randomUUID().toString(), deadline);
        await().atMost(Duration.ofSeconds(60)).until(() -> national().queryParam("campaign", campaign)
                .queryParam("limit", 200).get("/api/v1/obligations").then().extract().path("items.size()")
                .equals(32));
        return campaign;
    }

    /** The obligation id of one provincial unit in a campaign. */
    public static String obligation(UUID campaign, String division) {
        return national().queryParam("campaign", campaign).queryParam("division", division)
                .get("/api/v1/obligations").then().statusCode(200).extract().path("items[0].id");
    }

    /** A draft with a narrative and two reported figures; a mutable map so tests can break one field. */
    public static Map<String, Object> draft() {
        Map<String, Object> body = new HashMap<>();
        body.put("narrative", Map.of("done", "全省开展有机产品认证宣传活动42场", "innovations", "直播带货进社区",
                "problems", "基层宣传力量不足", "suggestions", "增加宣传物料"));
        body.put("statistics", new HashMap<>(Map.of("activities", 42, "participants", 5300)));
        return body;
    }

    public static Map<String, Object> mediaItem(String url) {
        Map<String, Object> item = new HashMap<>();
        item.put("outlet", "新华日报");
        item.put("level", "provincial");
        item.put("medium", "print");
        item.put("title", "江苏启动有机产品认证宣传周");
        item.put("url", url);
        item.put("publishedOn", "2022-09-20");
        item.put("reach", 120000);
        return item;
    }

    /** The current ETag of the report. */
    public static String etag(String obligation, String division) {
        return province(division).get("/api/v1/reports/{id}", obligation).then().statusCode(200).extract()
                .header("ETag");
    }

    /** Saves the default draft as the province, reading the ETag first. */
    public static void saveDraft(String obligation, String division) {
        province(division).header("If-Match", etag(obligation, division)).body(draft())
                .put("/api/v1/reports/{id}", obligation).then().statusCode(200);
    }

    /** Waits for the report.events record of this type for this obligation. */
    public static ConsumerRecord<String, String> awaitEvent(String obligation, String type) {
        return awaitEvent(obligation, type, "");
    }

    /** Waits for the record of this type for this obligation whose body, spaces removed, contains {@code fragment}. */
    public static ConsumerRecord<String, String> awaitEvent(String obligation, String type, String fragment) {
        return kafka().awaitRecord(REPORT_EVENTS, r -> obligation.equals(r.key())
                && type.equals(KafkaTestClient.header(r, "ce_type")) && r.value().replace(" ", "").contains(fragment),
                Duration.ofSeconds(60));
    }

    public static KafkaTestClient kafka() {
        return CampaignEvents.kafka();
    }

    public static List<String> units() {
        return CampaignEvents.PROVINCIAL_UNITS;
    }
}
