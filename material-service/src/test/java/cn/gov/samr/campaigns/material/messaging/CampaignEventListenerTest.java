package cn.gov.samr.campaigns.material.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** CampaignPublished over the real broker opens the campaign's distribution plan, once. */
@QuarkusTest
class CampaignEventListenerTest {

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

    private static int plans(UUID campaign) {
        return admin().queryParam("campaign", campaign).get("/api/v1/distribution-plans").then().statusCode(200)
                .extract().path("items.size()");
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", DevTokens.bearer("national-admin", null));
    }
}
