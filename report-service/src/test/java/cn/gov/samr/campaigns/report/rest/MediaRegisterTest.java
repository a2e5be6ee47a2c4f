package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.JIANGSU;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.ZHEJIANG;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.mediaItem;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.national;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The media coverage register: the same article reported twice is flagged, in a report and across provinces. */
@QuarkusTest
class MediaRegisterTest {

    @Test
    void theSameUrlTwiceInAReportIsFlaggedAgainstTheFirst() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, JIANGSU);
        String first = add(id, JIANGSU, "https://www.xhby.net/news/2022/0920.html");
        add(id, JIANGSU, "http://WWW.XHBY.NET:80/news/2022/0920.html/#comments");
        add(id, JIANGSU, "https://www.xhby.net/news/2022/0921.html");

        province(JIANGSU).get("/api/v1/reports/{id}/media", id).then().statusCode(200)
                .body("$", hasSize(3))
                .body("duplicate", contains(false, true, false))
                .body("[0].duplicateOf", nullValue())
                .body("[1].duplicateOf", equalTo(first))
                .body("[1].url", equalTo("http://WWW.XHBY.NET:80/news/2022/0920.html/#comments"));
        province(JIANGSU).get("/api/v1/reports/{id}", id).then().body("obligation.status", equalTo("draft"));
    }

    @Test
    void aUrlAnotherProvinceReportedIsFlaggedAndOnlyTheNationalOfficeSeesWhich() {
        UUID campaign = publishedCampaign("2022-10-14");
        String jiangsu = obligation(campaign, JIANGSU);
        String zhejiang = obligation(campaign, ZHEJIANG);
        add(jiangsu, JIANGSU, "https://news.cctv.com/2022/09/19/ARTI.shtml");
        add(zhejiang, ZHEJIANG, "https://news.cctv.com/2022/09/19/ARTI.shtml/");

        province(JIANGSU).get("/api/v1/reports/{id}/media", jiangsu).then()
                .body("[0].reportedElsewhere", equalTo(true))
                .body("[0].duplicate", equalTo(false))
                .body("[0]", not(hasKey("alsoReportedBy")));
        national().get("/api/v1/reports/{id}/media", jiangsu).then()
                .body("[0].alsoReportedBy", contains(ZHEJIANG));
    }

    @Test
    void aRemovedItemIsGone() {
        UUID campaign = publishedCampaign("2022-10-14");
        String id = obligation(campaign, "440000");
        String item = add(id, "440000", "https://www.southcn.com/a.html");
        province(JIANGSU).delete("/api/v1/reports/{id}/media/{item}", id, item).then().statusCode(403);
        province("440000").delete("/api/v1/reports/{id}/media/{item}", id, item).then().statusCode(204);
        province("440000").get("/api/v1/reports/{id}/media", id).then().body("$", hasSize(0));
    }

    private static String add(String id, String division, String url) {
        return province(division).body(mediaItem(url)).post("/api/v1/reports/{id}/media", id).then().statusCode(201)
                .extract().path("id");
    }
}
