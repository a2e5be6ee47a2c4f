package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.events.ContractedTopics;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * event-service's events are what docs/asyncapi.yaml says: every type driven through the API, with full and with
 * sparse bodies (absent values left out), then every record on campaign.events and activity.events — this test's
 * and those of the tests that ran before it — checked against the document.
 */
@QuarkusTest
class EventContractTest {

    @Test
    void everyCampaignAndActivityEventMatchesTheAsyncApiDocument() {
        // CampaignPublished with every optional term, then CampaignUpdated and CampaignClosed
        String organic = createPublished(organicWeek2022());
        Map<String, Object> changed = organicWeek2022();
        changed.put("window", Map.of("start", "2022-09-19", "end", "2022-09-24"));
        changed.put("changeReason", "顺延一天");
        asNationalAdmin().header("If-Match", campaignEtag(organic)).body(changed)
                .put("/api/v1/campaigns/{id}", organic).then().statusCode(200);

        // a sparse campaign: no theme, no English, no launch ceremony, no parent
        Map<String, Object> sparse = new HashMap<>();
        sparse.put("kind", "world-accreditation-day");
        sparse.put("name", Map.of("zh", "2022年世界认可日"));
        sparse.put("window", Map.of("start", "2022-06-09", "end", "2022-06-09"));
        sparse.put("reportingDeadline", "2022-06-30");
        String accreditationDay = createPublished(sparse);
        asNationalAdmin().post("/api/v1/campaigns/{id}/close", accreditationDay).then().statusCode(200);

        // host slots of a published experience week: CampaignUpdated whose change is a list of slots
        String experience = createPublished(experienceWeek2022());
        asNationalAdmin().header("If-Match", campaignEtag(experience))
                .body(Map.of("slots", List.of(slot("330000", "2022-09-19", "2022-09-23", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", experience).then().statusCode(200);

        // ActivityScheduled, ActivityRescheduled and ActivityCompleted of a full activity
        String lecture = jiangsu().body(hybrid(lecture(organic, "2022-09-21"))).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", lecture).then().statusCode(200);
        Map<String, Object> moved = hybrid(lecture(organic, "2022-09-22"));
        moved.put("changeReason", "场地调整");
        jiangsu().header("If-Match", activityEtag(lecture)).body(moved).put("/api/v1/activities/{id}", lecture)
                .then().statusCode(200);
        jiangsu().body(Map.of("actualParticipants", 150, "mediaItems", 3, "photoCount", 40))
                .post("/api/v1/activities/{id}/complete", lecture).then().statusCode(200);

        // ActivityCancelled of a sparse one: no English title, no address, no settings, no expected figure
        Map<String, Object> bare = lecture(organic, "2022-09-23");
        bare.put("title", Map.of("zh", "有机产品认证线上讲解"));
        bare.put("venue", Map.of("division", "320102"));
        bare.put("format", "online");
        for (String absent : List.of("settings", "expectedParticipants", "invitedMedia", "certificationBodies",
                "contact")) {
            bare.remove(absent);
        }
        String cancelled = jiangsu().body(bare).post("/api/v1/activities").then().statusCode(201).extract().path("id");
        jiangsu().post("/api/v1/activities/{id}/publish", cancelled).then().statusCode(200);
        jiangsu().body(Map.of("reason", "天气原因")).post("/api/v1/activities/{id}/cancel", cancelled)
                .then().statusCode(200);

        ContractedTopics.Report report = ContractedTopics.verify(KafkaBrokerTestResource.broker().bootstrapServers(),
                Duration.ofSeconds(60), "campaign.events", "activity.events");
        assertTrue(report.total() >= 8, "this test alone publishes eight events: " + report);
    }

    /** Held in the hall and streamed: its events carry the format and the online link. */
    private static Map<String, Object> hybrid(Map<String, Object> activity) {
        activity.put("format", "hybrid");
        activity.put("onlineUrl", "https://live.example.cn/room/organic-2022");
        return activity;
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }

    private static String campaignEtag(String id) {
        return asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private static String activityEtag(String id) {
        return jiangsu().get("/api/v1/activities/{id}", id).then().statusCode(200).extract().header("ETag");
    }
}
