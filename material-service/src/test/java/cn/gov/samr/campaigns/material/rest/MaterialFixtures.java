package cn.gov.samr.campaigns.material.rest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/** Callers, campaigns, materials and files for the catalogue's tests. */
final class MaterialFixtures {

    static final String TOPIC = "material.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MaterialFixtures() {
    }

    static RequestSpecification admin() {
        return as("national-admin", null);
    }

    /** A provincial officer of Jiangsu (江苏省, 320000). */
    static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    /** A local officer of Nanjing (南京市), in Jiangsu's provincial unit. */
    static RequestSpecification nanjing() {
        return as("local-officer", "320100");
    }

    static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division));
    }

    static RequestSpecification anonymous() {
        return given();
    }

    /**
     * A campaign this service knows as published: what CampaignPublished leaves behind (its distribution plan);
     * CampaignEventListenerTest covers the event itself.
     */
    static UUID knownCampaign() {
        UUID campaign = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("insert into distribution_plan (id, campaign_id, status, opened_at) "
                        + "values (?1, ?2, 'OPEN', ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, campaign).setParameter(3, OffsetDateTime.now())
                .executeUpdate());
        return campaign;
    }

    static Map<String, Object> material(UUID campaign, String kind, String delivery, String access) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaign.toString());
        body.put("kind", kind);
        body.put("title", Map.of("zh", "中国有机产品认证与有机产业发展报告", "en", "China Organic Certification Report"));
        body.put("description", Map.of("zh", "年度报告", "en", "Annual report"));
        body.put("delivery", delivery);
        body.put("access", access);
        return body;
    }

    /** Creates a draft and answers its id. */
    static String create(Map<String, Object> body) {
        return admin().contentType("application/json").body(body).post("/api/v1/materials")
                .then().statusCode(201).extract().path("id");
    }

    /** A PDF (as far as its leading bytes go) of the given size, random after the header. */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    }

    static int upload(String materialId, byte[] content, String fileName) {
        return admin().contentType("application/octet-stream").queryParam("fileName", fileName).body(content)
                .post("/api/v1/materials/" + materialId + "/versions").then().statusCode(201).extract().path("version");
    }

    static void publishVersion(String materialId, int version) {
        admin().post("/api/v1/materials/" + materialId + "/versions/" + version + "/publish").then().statusCode(200);
    }

    static void publish(String materialId) {
        admin().post("/api/v1/materials/" + materialId + "/publish").then().statusCode(200);
    }

    /** A published annual report for officials with the given file as version 1, current. */
    static String publishedReport(byte[] content, String access) {
        String id = create(material(knownCampaign(), "annual-report", "both", access));
        publishVersion(id, upload(id, content, "2022年度报告.pdf"));
        publish(id);
        return id;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of the first event of the type about the material that matches, read from the real broker. */
    static JsonNode awaitEvent(String materialId, String type, Predicate<JsonNode> match) {
        ConsumerRecord<String, String> record = kafka().awaitRecord(TOPIC, r -> materialId.equals(r.key())
                && type.equals(KafkaTestClient.header(r, "ce_type")) && match.test(parse(r.value())),
                Duration.ofSeconds(60));
        return parse(record.value());
    }

    static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
