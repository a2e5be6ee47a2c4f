package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.events.ContractedTopics;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.report.TestClock;
import cn.gov.samr.campaigns.report.service.ReminderService;
import io.quarkus.test.junit.QuarkusTest;

/**
 * report-service's events are what docs/asyncapi.yaml says: every report.events type driven through the API and the
 * reminder pass, a poison record on each topic it reads so that each of its dead-letter topics holds one, then every
 * record on report.events and those dead-letter topics — this test's and the earlier tests' — checked.
 */
@QuarkusTest
class EventContractTest {

    @Inject
    TestClock clock;

    @Inject
    ReminderService reminders;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    @Test
    void everyReportEventAndDeadLetterMatchesTheAsyncApiDocument() {
        UUID campaign = publishedCampaign("2022-10-14");

        // ReportSubmitted, ReportReturned with comments, ReportSubmitted again (resubmitted), ReportAccepted
        String jiangsu = obligation(campaign, "320000");
        saveDraft(jiangsu, "320000");
        clock.setChina("2022-10-10T10:00");
        province("320000").post("/api/v1/reports/{id}/submit", jiangsu).then().statusCode(200);
        national().body(Map.of("comments", "请补充媒体报道的传播量")).post("/api/v1/reports/{id}/return", jiangsu)
                .then().statusCode(200);
        province("320000").post("/api/v1/reports/{id}/submit", jiangsu).then().statusCode(200);
        national().body(Map.of()).post("/api/v1/reports/{id}/accept", jiangsu).then().statusCode(200);

        // DeadlineExtended
        String anhui = obligation(campaign, "340000");
        String extension = province("340000").body(Map.of("deadline", "2022-10-21", "reason", "活动延期"))
                .post("/api/v1/obligations/{id}/extensions", anhui).then().statusCode(201).extract().path("id");
        national().body(Map.of()).post("/api/v1/obligations/{id}/extensions/{e}/grant", anhui, extension)
                .then().statusCode(200);

        // DeadlineApproaching and DeadlineMissed, on a campaign of 2020 that no other test's reminder pass reaches
        publishedCampaign("2020-06-30");
        reminders.remind(china("2020-06-23T09:00"));
        reminders.remind(china("2020-07-01T09:00"));

        // one record that is no CloudEvent on each topic this service reads: one dead letter each
        KafkaTestClient kafka = new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
        for (String topic : new String[] {"campaign.events", "activity.events", "material.events"}) {
            kafka.send(topic, "contract-poison-" + UUID.randomUUID(), "{\"not\": \"a CloudEvent\"}", Map.of());
        }

        ContractedTopics.Report report = ContractedTopics.verify(KafkaBrokerTestResource.broker().bootstrapServers(),
                Duration.ofSeconds(60), "report.events", "report-service.campaign-events.dlq",
                "report-service.activity-events.dlq", "report-service.material-events.dlq");
        assertTrue(report.total() >= 5 + 32 + 32 + 3, "this test alone writes seventy-two: " + report);
    }

    private static java.time.Instant china(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
