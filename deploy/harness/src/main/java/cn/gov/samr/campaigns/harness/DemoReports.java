package cn.gov.samr.campaigns.harness;

import static cn.gov.samr.campaigns.harness.DemoHttp.all;

import java.io.IOException;
import java.util.List;

/**
 * The organic week's summary reports in report-service: most provinces draft and submit theirs, the national office
 * accepts some and returns one for correction, and a few provinces have not reported.
 */
final class DemoReports {

    private final DemoHttp reports;
    private final DevTokens tokens;
    private final String admin;

    DemoReports(DemoHttp reports, DevTokens tokens) {
        this.reports = reports;
        this.tokens = tokens;
        this.admin = tokens.issue("national-admin", null);
    }

    void seed(String campaign) throws IOException, InterruptedException {
        // report-service opens the 32 obligations when it hears CampaignPublished
        String page = reports.await("/api/v1/obligations?campaign=" + campaign + "&limit=200", admin,
                body -> all(body, "(\"division\")").size() == 32);
        List<String> obligations = all(page, "\"id\":\"([0-9a-f-]{36})\",\"campaignId\"");
        List<String> units = all(page, "\"division\":\\{\"code\":\"(\\d{6})\"");
        int submitted = 0;
        for (int i = 0; i < obligations.size(); i++) {
            if (i % 6 == 5) {
                continue; // not reported
            }
            String report = "/api/v1/reports/" + obligations.get(i);
            String officer = tokens.issue("provincial-officer", units.get(i));
            reports.change("PUT", report, report, officer, """
                    {"narrative": {"done": "围绕有机产品认证宣传周主题，组织开展知识讲座、技术服务和进超市宣传活动。",
                                   "innovations": "联合认证机构开展线上直播。",
                                   "problems": "基层宣传力量不足。",
                                   "suggestions": "建议总局统一制作更多宣传视频。"}}""");
            reports.send("POST", report + "/submit", officer, null);
            submitted++;
            if (i % 3 == 0) {
                reports.send("POST", report + "/accept", admin, "{\"comments\": \"材料齐全\"}");
            } else if (i == 1) {
                reports.send("POST", report + "/return", admin, "{\"comments\": \"请补充媒体报道情况\"}");
            }
        }
        System.out.printf("Summary reports: %d of %d submitted.%n", submitted, obligations.size());
    }
}
