package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.draft;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.mediaItem;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.contract.BadInputSweep;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of report-service's served OpenAPI document, sent malformed path ids, query values, bodies and
 * tokens (generated from the document by {@link BadInputSweep}): no answer may be a 5xx, every 4xx is a problem.
 * One published campaign with Jiangsu's obligation, a media item and an extension request give the operations on
 * one resource something real to refuse; Jiangsu's officer is the caller, the national admin where it reviews.
 */
@QuarkusTest
class BadInputSweepTest {

    private static final String NATIONAL = DevTokens.bearer("national-admin", null);

    @Test
    void noMalformedRequestGetsAServerError() {
        UUID campaign = publishedCampaign("2022-10-14");
        String obligation = obligation(campaign, JIANGSU);
        String item = province(JIANGSU).body(mediaItem("https://www.xinhuanet.com/2022-09/20/c_1.htm"))
                .post("/api/v1/reports/{id}/media", obligation).then().statusCode(201).extract().path("id");
        String extension = province(JIANGSU).body(Map.of("deadline", "2022-10-21", "reason", "活动延后举办"))
                .post("/api/v1/obligations/{id}/extensions", obligation).then().statusCode(201).extract().path("id");

        BadInputSweep.Report report = BadInputSweep.ofServedContract()
                .caller(DevTokens.bearer("provincial-officer", JIANGSU))
                .caller("POST /api/v1/reports/{id}/return", NATIONAL)
                .caller("POST /api/v1/reports/{id}/accept", NATIONAL)
                .caller("POST /api/v1/obligations/{id}/extensions/{extensionId}/grant", NATIONAL)
                .caller("POST /api/v1/obligations/{id}/extensions/{extensionId}/refuse", NATIONAL)
                .caller("POST /api/v1/projections/rebuild", NATIONAL)
                .caller("GET /api/v1/exports/campaigns/{campaignId}/national-summary.{format}", NATIONAL)
                .caller("GET /api/v1/statistics/campaigns/{campaignId}", NATIONAL)
                .fixture("reports", obligation)
                .fixture("obligations", obligation)
                .fixture("media", item)
                .fixture("extensions", extension)
                .fixture("campaigns", campaign)
                .fixture("campaign", campaign)
                .fixture("units", JIANGSU)
                .fixture("division", JIANGSU)
                .fixture("provincialUnit", JIANGSU)
                .fixture("versions", 1)
                .fixture("format", "csv")
                .fixture("fileName", "启动仪式.pdf")
                .body("PUT /api/v1/reports/{id}", draft())
                .body("POST /api/v1/reports/{id}/media", mediaItem("https://www.xinhuanet.com/2022-09/21/c_2.htm"))
                .body("POST /api/v1/obligations/{id}/extensions", Map.of("deadline", "2022-10-28", "reason", "再次延期"))
                .run();

        System.out.println(report.summary());
        report.assertClean();
    }
}
