package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public campaign screens: the list, and one campaign's page in one request — its launch, notices, public
 * materials (from material.events over the real broker) and its public activities counted per provincial unit.
 */
@QuarkusTest
class PublicCampaignResourceTest {

    private static final String SHA = "a".repeat(64);

    @Inject
    EntityManager em;

    @Test
    void anyoneListsPublishedCampaignsButNoDraftAndOnlyTheirPublicFields() {
        int year = yearWithNoPublicCampaign();
        String published = createPublished(inYear(year, "organic-product-week"));
        String draft = createDraft(inYear(year, "organic-product-week"));
        String green = createPublished(inYear(year, "green-product-week"));

        given().queryParam("year", year).get("/api/v1/public/campaigns").then().statusCode(200)
                .body("items.id", containsInAnyOrder(published, green))
                .body("items.id", not(hasItem(draft)))
                .body("items[0]", not(hasKey("reportingDeadline")))
                .body("items[0]", not(hasKey("reporting")))
                .body("items[0].status", equalTo("published"));
        given().queryParam("year", year).queryParam("kind", "green-product-week").get("/api/v1/public/campaigns")
                .then().statusCode(200).body("items.id", contains(green));
        // the window (19 to 23 September) overlaps from/to
        given().queryParam("year", year).queryParam("from", year + "-09-23").queryParam("to", year + "-12-31")
                .get("/api/v1/public/campaigns").then().body("items.id", containsInAnyOrder(published, green));
        given().queryParam("year", year).queryParam("from", year + "-09-24").get("/api/v1/public/campaigns")
                .then().body("items", empty());
        given().queryParam("year", year).queryParam("to", year + "-09-18").get("/api/v1/public/campaigns")
                .then().body("items", empty());
        given().queryParam("from", "2022-09-24").queryParam("to", "2022-09-19").get("/api/v1/public/campaigns")
                .then().statusCode(400).body("errors.field", contains("to"));
        // paged
        String first = given().queryParam("year", year).queryParam("limit", 1).get("/api/v1/public/campaigns")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1)).extract().path("next");
        given().queryParam("year", year).queryParam("limit", 1).queryParam("cursor", first)
                .get("/api/v1/public/campaigns").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("next", nullValue());

        given().get("/api/v1/public/campaigns/{id}", draft).then().statusCode(404);
        given().get("/api/v1/public/campaigns/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aCampaignsPageHasItsLaunchNoticesAndActivityCountsPerProvincialUnit() {
        String campaign = createPublished(organicWeek2022());
        String launch = LaunchCeremonyFixtures.plan(LaunchCeremonyFixtures.launchInNanjing("2022-09-19", campaign));
        String number = NoticeFixtures.documentNumber();
        String notice = asNationalAdmin().body(NoticeFixtures.notice(number, campaign)).post("/api/v1/notices")
                .then().statusCode(201).extract().path("id");
        asNationalAdmin().contentType("application/pdf").body(NoticeFixtures.pdf(300))
                .put("/api/v1/notices/{id}/file", notice).then().statusCode(200);
        asNationalAdmin().post("/api/v1/notices/{id}/publish", notice).then().statusCode(200);
        String unpublished = asNationalAdmin().body(NoticeFixtures.notice(NoticeFixtures.documentNumber(), campaign))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");

        announced(lecture(campaign, "2022-09-20"), "320000");
        announced(lecture(campaign, "2022-09-21"), "320000");
        String cancelled = announced(lecture(campaign, "2022-09-22"), "320000");
        as("provincial-officer", "320000").body(Map.of("reason", "天气原因"))
                .post("/api/v1/activities/{id}/cancel", cancelled).then().statusCode(200);
        Map<String, Object> internal = lecture(campaign, "2022-09-20");
        internal.put("visibility", "internal");
        announced(internal, "320000"); // not public: not counted
        as("provincial-officer", "320000").body(lecture(campaign, "2022-09-23")).post("/api/v1/activities")
                .then().statusCode(201); // planned, never announced: not counted
        Map<String, Object> huzhou = lecture(campaign, "2022-09-21");
        huzhou.put("venue", Map.of("division", "330500", "address", "湖州市吴兴区"));
        announced(huzhou, "330000");

        given().get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(200)
                .body("campaign.id", equalTo(campaign))
                .body("campaign.name.zh", equalTo("2022年全国有机产品认证宣传周"))
                .body("campaign.window.start", equalTo("2022-09-19"))
                .body("campaign", not(hasKey("reportingDeadline")))
                .body("launchCeremonies.id", contains(launch))
                .body("launchCeremonies[0].campaigns", contains(campaign))
                .body("notices.id", contains(notice))
                .body("notices.id", not(hasItem(unpublished)))
                .body("notices[0].documentNumber", equalTo(number))
                .body("notices[0].file.url", equalTo("/api/v1/notices/" + notice + "/file"))
                .body("notices[0].file.mediaType", equalTo("application/pdf"))
                .body("activities.announced", equalTo(3))
                .body("activities.cancelled", equalTo(1))
                .body("activities.completed", equalTo(0))
                .body("activities.byProvincialUnit.provincialUnit", contains("320000", "330000"))
                .body("activities.byProvincialUnit[0].announced", equalTo(2))
                .body("activities.byProvincialUnit[0].cancelled", equalTo(1))
                .body("activities.byProvincialUnit[1].announced", equalTo(1));
    }

    @Test
    void publicMaterialsComeFromMaterialEventsWithTheirDownloadLink() {
        String campaign = createPublished(organicWeek2022());
        UUID poster = UUID.randomUUID();
        UUID internal = UUID.randomUUID();
        UUID printed = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        material(poster, 1, "MaterialPublished", terms(poster, campaign, "poster", "有机产品认证宣传海报", "both",
                "public", "2022-09-01T10:00:00+08:00"));
        material(poster, 2, "MaterialVersionPublished", version(poster, campaign, 1, "poster-v1.pdf"));
        material(internal, 1, "MaterialPublished", terms(internal, campaign, "slides", "内部培训课件", "download",
                "officials", "2022-09-01T11:00:00+08:00"));
        material(printed, 1, "MaterialPublished", terms(printed, campaign, "brochure", "宣传册", "post", "public",
                "2022-09-01T12:00:00+08:00"));
        material(withdrawn, 1, "MaterialPublished", terms(withdrawn, campaign, "poster", "旧海报", "download",
                "public", "2022-09-01T13:00:00+08:00"));
        String last = material(withdrawn, 2, "MaterialWithdrawn", """
                {"materialId":"%s","campaignId":"%s","withdrawnAt":"2022-09-02T10:00:00+08:00"}"""
                .formatted(withdrawn, campaign));
        awaitProcessed(last);

        given().get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(200)
                .body("materials.id", contains(poster.toString(), printed.toString()))
                .body("materials[0].kind", equalTo("poster"))
                .body("materials[0].title.zh", equalTo("有机产品认证宣传海报"))
                .body("materials[0].download.url",
                        equalTo("http://localhost:8082/api/v1/materials/" + poster + "/file"))
                .body("materials[0].download.version", equalTo(1))
                .body("materials[0].download.fileName", equalTo("poster-v1.pdf"))
                .body("materials[1].delivery", equalTo("post"))
                .body("materials[1]", not(hasKey("download")));

        // a new version, then an older event arriving late (a redrive): the newer state stays
        material(poster, 3, "MaterialVersionPublished", version(poster, campaign, 2, "poster-v2.pdf"));
        String stale = material(poster, 1, "MaterialPublished", terms(poster, campaign, "poster", "旧标题", "both",
                "public", "2022-09-01T10:00:00+08:00"));
        awaitProcessed(stale);
        given().get("/api/v1/public/campaigns/{id}", campaign).then()
                .body("materials[0].title.zh", equalTo("有机产品认证宣传海报"))
                .body("materials[0].download.version", equalTo(2))
                .body("materials[0].download.fileName", equalTo("poster-v2.pdf"));

        // the same event delivered twice changes nothing; a material made officials-only leaves the page
        String update = terms(poster, campaign, "poster", "有机产品认证宣传海报", "both", "officials",
                "2022-09-01T10:00:00+08:00");
        String id = material(poster, 4, "MaterialUpdated", update);
        kafka().send("material.events", poster.toString(), update, headers(id, "MaterialUpdated", poster, 4));
        awaitProcessed(id);
        given().get("/api/v1/public/campaigns/{id}", campaign).then()
                .body("materials.id", contains(printed.toString()));
    }

    /**
     * HTTP caching of the page (V21 gives public_material a scope): unchanged it is 304; a projected material event
     * or a notice's publication makes it 200 with a new ETag; an older event that changes nothing leaves it 304.
     */
    @Test
    void aCampaignsPageIs304UntilAMaterialEventOrAPublishedNoticeChangesIt() {
        String campaign = createPublished(organicWeek2022());
        UUID poster = UUID.randomUUID();
        awaitProcessed(material(poster, 1, "MaterialPublished", terms(poster, campaign, "poster", "海报", "both",
                "public", "2022-09-01T10:00:00+08:00")));
        String etag = given().get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Last-Modified", not(emptyOrNullString()))
                .header("ETag", startsWith("W/\"")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyOrNullString());

        // the material's first file, projected from material.events: the cached page is stale
        awaitProcessed(material(poster, 2, "MaterialVersionPublished", version(poster, campaign, 1, "poster.pdf")));
        String afterFile = given().header("If-None-Match", etag).get("/api/v1/public/campaigns/{id}", campaign)
                .then().statusCode(200).body("materials[0].download.fileName", equalTo("poster.pdf"))
                .extract().header("ETag");
        assertNotEquals(etag, afterFile);

        // older news (a redrive) is not applied, so nothing changed: still 304
        awaitProcessed(material(poster, 1, "MaterialPublished", terms(poster, campaign, "poster", "旧标题", "both",
                "public", "2022-09-01T10:00:00+08:00")));
        given().header("If-None-Match", afterFile).get("/api/v1/public/campaigns/{id}", campaign).then()
                .statusCode(304);

        // a notice drafted, then published: the page shows it and its ETag moves on
        String notice = asNationalAdmin().body(NoticeFixtures.notice(NoticeFixtures.documentNumber(), campaign))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
        String beforePublishing = given().get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(200)
                .body("notices", empty()).extract().header("ETag");
        asNationalAdmin().post("/api/v1/notices/{id}/publish", notice).then().statusCode(200);
        String afterNotice = given().header("If-None-Match", beforePublishing)
                .get("/api/v1/public/campaigns/{id}", campaign).then().statusCode(200)
                .body("notices.id", contains(notice)).extract().header("ETag");
        assertNotEquals(beforePublishing, afterNotice);

        // with credentials: the caller's own answer, stored by no cache, never conditional
        as("partner", null).header("If-None-Match", afterNotice).get("/api/v1/public/campaigns/{id}", campaign)
                .then().statusCode(200).header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue()).header("Last-Modified", nullValue());
    }

    @Test
    void theCampaignListIs304UntilACampaignIsPublished() {
        int year = yearWithNoPublicCampaign();
        String first = createPublished(inYear(year, "organic-product-week"));
        String etag = given().queryParam("year", year).get("/api/v1/public/campaigns").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).body("items.id", contains(first))
                .extract().header("ETag");
        given().queryParam("year", year).header("If-None-Match", etag).get("/api/v1/public/campaigns").then()
                .statusCode(304);
        String second = createPublished(inYear(year, "green-product-week"));
        given().queryParam("year", year).header("If-None-Match", etag).get("/api/v1/public/campaigns").then()
                .statusCode(200).body("items.id", containsInAnyOrder(first, second));
        as("national-admin", null).queryParam("year", year).get("/api/v1/public/campaigns").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).header("ETag", nullValue());
    }

    @Test
    void aMaterialEventThatCanNeverBeAppliedGoesToTheDeadLetterTopicAndLaterOnesFlow() {
        String campaign = createPublished(organicWeek2022());
        UUID broken = UUID.randomUUID();
        String poison = material(broken, 1, "MaterialPublished", """
                {"materialId":"%s","campaignId":"%s","kind":"poster","delivery":"both","access":"public"}"""
                .formatted(broken, campaign)); // no title
        kafka().awaitRecord("event-service.material-events.dlq",
                r -> poison.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(60));
        UUID fine = UUID.randomUUID();
        awaitProcessed(material(fine, 1, "MaterialPublished", terms(fine, campaign, "poster", "海报", "both",
                "public", "2022-09-01T10:00:00+08:00")));
        given().get("/api/v1/public/campaigns/{id}", campaign).then().body("materials.id", contains(fine.toString()));
    }

    /** Schedules and announces the activity as the provincial officer of {@code province}; returns its id. */
    private static String announced(Map<String, Object> activity, String province) {
        String id = as("provincial-officer", province).body(activity).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id");
        as("provincial-officer", province).post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }

    /** A year of the test's own, so other tests' campaigns (and this class's other test) never show in its list. */
    private static int yearWithNoPublicCampaign() {
        while (true) {
            int year = 2030 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60);
            java.util.List<Object> items = given().queryParam("year", year).get("/api/v1/public/campaigns").then()
                    .statusCode(200).extract().path("items");
            if (items.isEmpty()) {
                return year;
            }
        }
    }

    private static Map<String, Object> inYear(int year, String kind) {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", kind);
        body.put("window", Map.of("start", year + "-09-19", "end", year + "-09-23"));
        body.put("reportingDeadline", year + "-10-14");
        return body;
    }

    private static String terms(UUID material, String campaign, String kind, String title, String delivery,
            String access, String publishedAt) {
        return """
                {"materialId":"%s","campaignId":"%s","kind":"%s","title":{"zh":"%s"},"delivery":"%s",
                 "access":"%s","publishedAt":"%s"}""".formatted(material, campaign, kind, title, delivery, access,
                publishedAt);
    }

    private static String version(UUID material, String campaign, int version, String fileName) {
        return """
                {"materialId":"%s","campaignId":"%s","version":%d,"fileName":"%s","mediaType":"application/pdf",
                 "sizeBytes":1024,"sha256":"%s","publishedAt":"2022-09-01T10:00:00+08:00"}"""
                .formatted(material, campaign, version, fileName, SHA);
    }

    /** A material event as material-service's outbox relay writes it, keyed by the material; returns its id. */
    private static String material(UUID material, long aggregateVersion, String type, String json) {
        String id = UUID.randomUUID().toString();
        kafka().send("material.events", material.toString(), json, headers(id, type, material, aggregateVersion));
        return id;
    }

    private static Map<String, String> headers(String id, String type, UUID material, long aggregateVersion) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/material-service", "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_subject", material.toString(), "ce_aggregateversion",
                Long.toString(aggregateVersion), "content-type", "application/json");
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }
}
