package cn.gov.samr.campaigns.material.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** CampaignPublished over the real broker opens the campaign's distribution plan, once. */
@QuarkusTest
class CampaignEventListenerTest {

    @Inject
    EntityManager em;

    private final KafkaTestClient kafka = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());

    @Test
    void aPublishedCampaignOpensOneEmptyPlanForItsProvincialUnits() {
        UUID campaign = UUID.randomUUID();
        publish(campaign, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> plans(campaign) == 1);
        admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans")
                .then().statusCode(200)
                .body("items[0].campaignId", equalTo(campaign.toString()))
                .body("items[0].status", equalTo("open"))
                .body("items[0].recipients", equalTo(32));
    }

    @Test
    void theSameEventTwiceAndASecondPublicationStillLeaveOnePlan() {
        UUID campaign = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(campaign, eventId);
        publish(campaign, eventId);
        publish(campaign, UUID.randomUUID().toString());
        UUID marker = UUID.randomUUID();
        publish(marker, UUID.randomUUID().toString()); // on the same partition, so processed after the others

        await().atMost(Duration.ofSeconds(60)).until(() -> plans(marker) == 1);
        admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].recipients", equalTo(32));
    }

    /** A series (全国质量认证系列宣传体验周) groups editions: they get the posters, it gets no plan of its own. */
    @Test
    void aPublishedSeriesOpensNoPlan() {
        UUID series = UUID.randomUUID();
        String units = IntStream.rangeClosed(1, 32).mapToObj(i -> "{\"code\":\"" + (100000 + i * 10000)
                + "\",\"name\":{\"zh\":\"单位" + i + "\"}}").collect(Collectors.joining(",", "[", "]"));
        kafka.sendCloudEvent("campaign.events", series.toString(), UUID.randomUUID().toString(), "CampaignPublished",
                "{\"campaignId\":\"" + series + "\",\"kind\":\"series\",\"provincialUnits\":" + units + "}");
        UUID marker = UUID.randomUUID();
        publish(marker, UUID.randomUUID().toString()); // on the same partition, so processed after the series

        await().atMost(Duration.ofSeconds(60)).until(() -> plans(marker) == 1);
        assertEquals(0, plans(series));
    }

    /** Producers may add fields, and events are read as written: the listener is not held to the REST rules. */
    @Test
    void anEventWithFieldsAddedByALaterProducerIsStillApplied() {
        UUID campaign = UUID.randomUUID();
        String units = IntStream.rangeClosed(1, 32).mapToObj(i -> "{\"code\":\"" + (100000 + i * 10000)
                + "\",\"name\":{\"zh\":\"单位\\r\\n" + i + "\",\"ja\":\"x\"},\"rank\":" + i + "}")
                .collect(Collectors.joining(",", "[", "]"));
        kafka.sendCloudEvent("campaign.events", campaign.toString(), UUID.randomUUID().toString(), "CampaignPublished",
                "{\"campaignId\":\"" + campaign + "\",\"reportingDeadline\":\"2022-10-14\",\"provincialUnits\":"
                        + units + ",\"addedLater\":{\"x\":[1,2]}}");

        await().atMost(Duration.ofSeconds(60)).until(() -> plans(campaign) == 1);
    }

    /** The version rule: an older CampaignPublished, redriven after a newer one, adds no recipient. */
    @Test
    void anOlderPublicationAfterANewerOneAddsNothing() {
        UUID campaign = UUID.randomUUID();
        publish(campaign, 2, 32);
        publish(campaign, 1, 33); // names one more unit, but is older
        UUID marker = UUID.randomUUID();
        publish(marker, 1, 1);

        await().atMost(Duration.ofSeconds(60)).until(() -> plans(marker) == 1);
        admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].recipients", equalTo(32));
        publish(campaign, 3, 33); // a newer one does
        await().atMost(Duration.ofSeconds(60)).until(() -> recipients(campaign) == 33);
    }

    /** The plans are rebuilt from campaign.events: what went missing is opened again, and nothing twice. */
    @Test
    void aRebuildReopensMissingPlansAndRecipientsAndASecondChangesNothing() {
        UUID gone = UUID.randomUUID();
        UUID thinned = UUID.randomUUID();
        publish(gone, 1, 32);
        publish(thinned, 1, 32);
        await().atMost(Duration.ofSeconds(60)).until(() -> plans(gone) == 1 && recipients(thinned) == 32);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    delete from distribution_recipient where plan_id in
                        (select id from distribution_plan where campaign_id = ?1)""")
                    .setParameter(1, gone).executeUpdate();
            em.createNativeQuery("delete from distribution_plan where campaign_id = ?1").setParameter(1, gone)
                    .executeUpdate();
            em.createNativeQuery("""
                    delete from distribution_recipient where division_code > '200000' and plan_id in
                        (select id from distribution_plan where campaign_id = ?1)""")
                    .setParameter(1, thinned).executeUpdate();
        });
        assertEquals(0, plans(gone));

        admin().post("/api/v1/projections/rebuild").then().statusCode(200)
                .body("campaignRecords", greaterThan(1)).body("applied", greaterThan(1))
                .body("plansOpened", greaterThan(0));

        assertEquals(1, plans(gone));
        assertEquals(32, recipients(gone));
        assertEquals(32, recipients(thinned));
        admin().post("/api/v1/projections/rebuild").then().statusCode(200).body("plansOpened", equalTo(0));
        assertEquals(32, recipients(gone));
    }

    @Test
    void onlyTheNationalOfficeRebuilds() {
        given().header("Authorization", DevTokens.bearer("provincial-officer", "320000"))
                .post("/api/v1/projections/rebuild").then().statusCode(403);
        given().post("/api/v1/projections/rebuild").then().statusCode(401);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/distribution-plans").then().statusCode(401);
    }

    private void publish(UUID campaign, String eventId) {
        String units = IntStream.rangeClosed(1, 32).mapToObj(i -> "{\"code\":\"" + (100000 + i * 10000)
                + "\",\"name\":{\"zh\":\"单位" + i + "\"}}").collect(Collectors.joining(",", "[", "]"));
        kafka.sendCloudEvent("campaign.events", campaign.toString(), eventId, "CampaignPublished",
                "{\"campaignId\":\"" + campaign + "\",\"reportingDeadline\":\"2022-10-14\",\"provincialUnits\":" + units + "}");
    }

    /** A CampaignPublished of the given aggregate version naming the first {@code units} provincial units. */
    private void publish(UUID campaign, long version, int units) {
        String named = IntStream.rangeClosed(1, units).mapToObj(i -> "{\"code\":\"" + (100000 + i * 10000)
                + "\",\"name\":{\"zh\":\"单位" + i + "\"}}").collect(Collectors.joining(",", "[", "]"));
        kafka.send("campaign.events", campaign.toString(), "{\"campaignId\":\"" + campaign
                + "\",\"reportingDeadline\":\"2022-10-14\",\"provincialUnits\":" + named + "}",
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/test",
                        "ce_type", "CampaignPublished", "ce_subject", campaign.toString(),
                        "ce_aggregateversion", Long.toString(version), "content-type", "application/json"));
    }

    private static int recipients(UUID campaign) {
        Integer recipients = admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans").then()
                .statusCode(200).extract().path("items[0].recipients");
        return recipients == null ? -1 : recipients;
    }

    private static int plans(UUID campaign) {
        return admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans").then().statusCode(200)
                .extract().path("items.size()");
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", DevTokens.bearer("national-admin", null));
    }
}
