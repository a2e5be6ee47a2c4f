package cn.gov.samr.campaigns.harness;

import static cn.gov.samr.campaigns.harness.DemoHttp.all;
import static cn.gov.samr.campaigns.harness.DemoHttp.idOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The organic week's materials in material-service: the poster, mailed to every provincial unit (200 copies each,
 * dispatched by EMS; most units confirm receipt, some with damaged copies, a few not yet), and the annual report
 * 《中国有机产品认证与有机产业发展报告》 for download, fetched by some provinces and anonymously.
 */
final class DemoMaterials {

    private static final int COPIES = 200;

    private final DemoHttp materials;
    private final DevTokens tokens;
    private final String admin;

    DemoMaterials(DemoHttp materials, DevTokens tokens) {
        this.materials = materials;
        this.tokens = tokens;
        this.admin = tokens.issue("national-admin", null);
    }

    void seed(String campaign) throws IOException, InterruptedException {
        // material-service opens the plan when it hears CampaignPublished
        String plan = idOf(materials.await("/api/v1/distribution-plans?campaign=" + campaign, admin,
                body -> body.contains("\"id\"")));
        String poster = material(campaign, "poster", "2022年有机产品认证宣传周海报", "2022 Organic Product Certification Week poster",
                "post");
        materials.send("POST", "/api/v1/materials/" + poster + "/publish", admin, null);
        materials.send("POST", "/api/v1/distribution-plans/" + plan + "/materials", admin, """
                {"materialId": "%s", "quantityPerUnit": %d}""".formatted(poster, COPIES));
        materials.send("POST", "/api/v1/distribution-plans/" + plan + "/shipments", admin, null);

        List<String> shipments = all(materials.get("/api/v1/shipments?campaign=" + campaign + "&limit=200", admin),
                "\"id\":\"([0-9a-f-]{36})\",\"planId\"");
        String expected = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString();
        int confirmed = 0;
        for (int i = 0; i < shipments.size(); i++) {
            String shipment = shipments.get(i);
            String unit = all(materials.send("POST", "/api/v1/shipments/" + shipment + "/dispatch", admin, """
                    {"carrier": "中国邮政EMS", "trackingNumber": "EMS2022%04d", "expectedDeliveryOn": "%s"}"""
                    .formatted(i + 1, expected)), "\"provincialUnit\":\"(\\d{6})\"").get(0);
            if (i % 8 == 7) {
                continue; // not confirmed yet
            }
            int damaged = i % 5 == 0 ? 3 + i % 4 : 0;
            materials.send("POST", "/api/v1/shipments/" + shipment + "/receive", tokens.issue("provincial-officer", unit),
                    """
                    {"items": [{"materialId": "%s", "quantityReceived": %d, "quantityDamaged": %d}], "note": "%s"}"""
                    .formatted(poster, COPIES - damaged, damaged, damaged > 0 ? "部分海报运输途中破损" : "已收到"));
            confirmed++;
        }
        System.out.printf("Poster: %d shipments dispatched, %d confirmed.%n", shipments.size(), confirmed);

        String report = material(campaign, "annual-report", "中国有机产品认证与有机产业发展报告（2022）",
                "China Organic Product Certification and Industry Development Report 2022", "download");
        materials.send("POST", "/api/v1/materials/" + report + "/versions?fileName=organic-report-2022.pdf", admin,
                demoPdf(), "application/octet-stream");
        materials.send("POST", "/api/v1/materials/" + report + "/versions/1/publish", admin, null);
        materials.send("POST", "/api/v1/materials/" + report + "/publish", admin, null);
        int downloads = 0;
        for (String unit : List.of("110000", "320000", "330000", "440000", "510000", "660000")) {
            materials.get("/api/v1/materials/" + report + "/file", tokens.issue("provincial-officer", unit));
            downloads++;
        }
        // a download counts once per caller and window: one anonymous reader (one address), and three
        // certification bodies' staff, signed in, without a provincial unit as the anonymous one
        materials.get("/api/v1/materials/" + report + "/file", null);
        downloads++;
        for (String org : List.of("cqc", "cgc", "ofdc")) {
            materials.get("/api/v1/materials/" + report + "/file", tokens.issue("partner", null, org,
                    Map.of("sub", "partner-" + org, "upn", "partner-" + org + "@dev")));
            downloads++;
        }
        System.out.printf("Annual report: published, %d downloads.%n", downloads);
    }

    private String material(String campaign, String kind, String zh, String en, String delivery)
            throws IOException, InterruptedException {
        return idOf(materials.send("POST", "/api/v1/materials", admin, """
                {"campaignId": "%s", "kind": "%s", "title": {"zh": "%s", "en": "%s"}, "delivery": "%s",
                 "access": "public"}""".formatted(campaign, kind, zh, en, delivery)));
    }

    /** A small, valid one-page PDF (the type is judged from the bytes). */
    private static byte[] demoPdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }
}
