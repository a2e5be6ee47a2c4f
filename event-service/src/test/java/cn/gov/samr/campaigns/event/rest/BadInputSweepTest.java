package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.contract.BadInputSweep;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of event-service's served OpenAPI document, sent malformed path ids, query values, bodies and
 * tokens (generated from the document by {@link BadInputSweep}): no answer may be a 5xx, every 4xx is a problem.
 * One published campaign and one activity give the operations on one resource something real to refuse.
 */
@QuarkusTest
class BadInputSweepTest {

    @Test
    void noMalformedRequestGetsAServerError() {
        String campaign = createPublished(organicWeek2022());
        String activity = asNationalAdmin().body(lecture(campaign, "2022-09-20")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String notice = asNationalAdmin().body(NoticeFixtures.notice(NoticeFixtures.documentNumber(), campaign))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");

        BadInputSweep.Report report = BadInputSweep.ofServedContract()
                .fixture("campaigns", campaign)
                .fixture("campaign", campaign)
                .fixture("activities", activity)
                .fixture("notices", notice)
                .fixture("province", "320000")
                .fixture("within", "320000")
                .fixture("parent", "320000")
                .fixture("division", "320102")
                .fixture("city", "320100")
                .body("POST /api/v1/campaigns", organicWeek2022())
                .body("PUT /api/v1/campaigns/{id}", organicWeek2022())
                .body("PUT /api/v1/campaigns/{id}/host-slots", Map.of("slots",
                        List.of(slot("320000", "2022-09-05", "2022-09-11", "养老服务认证"))))
                .body("POST /api/v1/activities", lecture(campaign, "2022-09-20"))
                .body("PUT /api/v1/activities/{id}", lecture(campaign, "2022-09-21"))
                .body("POST /api/v1/notices", NoticeFixtures.notice(NoticeFixtures.documentNumber(), campaign))
                .body("PUT /api/v1/notices/{id}", NoticeFixtures.notice(NoticeFixtures.documentNumber(), campaign))
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
