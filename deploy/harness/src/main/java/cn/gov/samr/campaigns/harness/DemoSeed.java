package cn.gov.samr.campaigns.harness;

import static cn.gov.samr.campaigns.harness.DemoHttp.idOf;
import static cn.gov.samr.campaigns.harness.DemoHttp.q;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds event-service, over its public HTTP API, with the 2022 notice: Quality Month 2022 and under it the
 * organic week (19–23 Sept), the green week (26–30 Sept) and the service experience week with host slots in three
 * provinces, all published, and the two launch ceremonies the notice announces (organic week in 南京 on 19 Sept,
 * green week in 湖州 on 26 Sept), recorded as held; then activities in every one of the 32 provincial units, most
 * published, some completed with outcomes, a few cancelled, and some merged across two weeks. Then, when their
 * URLs are given, the organic week's materials and poster distribution in material-service ({@link DemoMaterials})
 * and the provinces' summary reports in report-service ({@link DemoReports}). Runs once: the demo's own marker is
 * its notice ({@link #DOCUMENT_NUMBER}), written last of all, with a small generated PDF as its signed file and the four
 * campaigns it announces; a second run finds it and stops. Other campaigns of 2022 (the README's walk-through
 * drafts an organic week of its own) do not stop it.
 *
 * <p>{@code DemoSeed [event-service URL] [activities per unit] [material-service URL] [report-service URL]}
 * (defaults http://localhost:8081, 16, and no materials or reports).
 */
public final class DemoSeed {

    private static final String[] TYPES = { "knowledge-lecture", "skills-training", "technical-service",
            "on-site-guidance", "experience-event", "exhibition", "media-campaign", "online" };
    private static final String[] SETTINGS = { "farms", "supermarkets", "communities", "enterprises", "schools" };
    /**
     * The document number (文号) of the demo's notice, and the demo's marker. The text of the 2022 notice
     * (../shared/seed) does not show its number, so the demo uses one no real notice has (演示: demo); see
     * docs/notices.md.
     */
    public static final String DOCUMENT_NUMBER = "演示〔2022〕1号";

    private final DemoHttp events;
    private final DevTokens tokens = DevTokens.load();
    private final String admin;

    private DemoSeed(String base) {
        this.events = new DemoHttp(base);
        this.admin = tokens.issue("national-admin", null);
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8081";
        int perUnit = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        DemoSeed seed = new DemoSeed(base);
        Optional<List<String>> campaigns = seed.seed(perUnit);
        if (campaigns.isEmpty()) {
            return;
        }
        String organic = campaigns.get().get(1);
        DevTokens tokens = DevTokens.load();
        if (args.length > 2) {
            new DemoMaterials(new DemoHttp(args[2]), tokens).seed(organic);
        }
        if (args.length > 3) {
            new DemoReports(new DemoHttp(args[3]), tokens).seed(organic);
        }
        // last: the notice is the marker that the whole demo is there
        String notice = seed.notice(campaigns.get());
        System.out.printf("Seeded notice %s (%s), the demo's marker.%n", DOCUMENT_NUMBER, notice);
    }

    /** @return the four campaigns' ids (Quality Month, organic, green, experience), empty when the demo is there */
    private Optional<List<String>> seed(int perUnit) throws IOException, InterruptedException {
        if (get("/api/v1/notices?documentNumber=" + URLEncoder.encode(DOCUMENT_NUMBER, StandardCharsets.UTF_8), admin)
                .contains("\"id\"")) {
            System.out.println("The demo's notice " + DOCUMENT_NUMBER + " is there already; nothing to do.");
            return Optional.empty();
        }
        String qualityMonth = campaign("quality-month", "2022年全国质量月", "2022 National Quality Month",
                "2022-09-01", "2022-09-30", "2022-10-14", null);
        String organic = campaign("organic-product-week", "2022年全国有机产品认证宣传周",
                "2022 National Organic Product Certification Week", "2022-09-19", "2022-09-23", "2022-10-14",
                qualityMonth);
        String green = campaign("green-product-week", "2022年全国绿色产品认证与标识宣传周",
                "2022 National Green Product Certification and Labeling Week", "2022-09-26", "2022-09-30",
                "2022-10-14", qualityMonth);
        String experience = campaign("service-experience-week", "2022年全国服务认证体验周",
                "2022 National Service Certification Experience Week", "2022-09-05", "2022-09-30", "2022-10-14",
                qualityMonth);
        events.change("PUT", "/api/v1/campaigns/" + experience + "/host-slots", "/api/v1/campaigns/" + experience, admin,
                """
                {"slots": [
                  {"province": "320000", "weekStart": "2022-09-05", "weekEnd": "2022-09-09",
                   "focusThemes": [{"zh": "养老服务认证"}]},
                  {"province": "440000", "weekStart": "2022-09-12", "weekEnd": "2022-09-16",
                   "focusThemes": [{"zh": "青少年视觉健康与验光配镜服务认证"}]},
                  {"province": "510000", "weekStart": "2022-09-26", "weekEnd": "2022-09-30",
                   "focusThemes": [{"zh": "绿色低碳服务"}, {"zh": "服务认证数字化信息化赋能"}]}]}""");
        for (String id : List.of(qualityMonth, organic, green, experience)) {
            send("POST", "/api/v1/campaigns/" + id + "/publish", admin, null);
        }
        launchHeld("2022年全国有机产品认证宣传周启动仪式", "Launch of the 2022 National Organic Product Certification Week",
                organic, "320100", "2022-09-19");
        launchHeld("2022年全国绿色产品认证与标识宣传周启动仪式",
                "Launch of the 2022 National Green Product Certification and Labeling Week", green, "330500", "2022-09-26");

        List<String[]> units = divisions(get("/api/v1/divisions?level=provincial-unit", admin));
        int scheduled = 0;
        for (String[] provincialUnit : units) {
            String unit = provincialUnit[0];
            String officer = tokens.issue("provincial-officer", unit);
            List<String[]> places = divisions(get("/api/v1/divisions?within=" + unit + "&level=city", officer));
            if (places.isEmpty()) {
                places = divisions(get("/api/v1/divisions?within=" + unit + "&level=provincial-unit", officer));
            }
            for (int i = 0; i < perUnit; i++) {
                String[] place = places.get(i % places.size());
                // municipalities file their districts under a 市辖区 grouping: name the city itself instead
                String placeName = "市辖区".equals(place[1]) ? provincialUnit[1] : place[1];
                scheduled += activity(officer, unit, place[0], placeName, i, organic, green, experience);
            }
            System.out.printf("%s %s: %d activities%n", unit, provincialUnit[1], perUnit);
        }
        System.out.printf("Seeded 4 campaigns and %d activities in %d provincial units.%n", scheduled, units.size());
        return Optional.of(List.of(qualityMonth, organic, green, experience));
    }

    /** One activity of unit {@code unit}: the i-th cycles through the weeks, types and outcomes. */
    private int activity(String officer, String unit, String place, String placeName, int i, String organic, String green,
            String experience) throws IOException, InterruptedException {
        String campaigns;
        LocalDate day;
        switch (i % 4) {
            case 0 -> { campaigns = q(organic); day = LocalDate.of(2022, 9, 19 + i % 5); }
            case 1 -> { campaigns = q(green); day = LocalDate.of(2022, 9, 26 + i % 5); }
            case 2 -> { campaigns = q(experience); day = LocalDate.of(2022, 9, 5 + i % 20); }
            default -> { campaigns = q(green) + "," + q(experience); day = LocalDate.of(2022, 9, 26 + i % 5); } // merged
        }
        String type = TYPES[i % TYPES.length];
        String body = """
                {"type": "%s", "title": {"zh": "%s认证宣传活动第%d场", "en": "Certification activity %d of %s"},
                 "campaigns": [%s], "venue": {"division": "%s", "address": "%s市场监管局活动中心"},
                 "startsAt": "%sT%02d:00:00+08:00", "endsAt": "%sT%02d:30:00+08:00", "format": "%s",
                 "settings": ["%s"], "expectedParticipants": %d, "visibility": "%s",
                 "voluntaryParticipation": true, "noFee": true}"""
                .formatted(type, placeName, i + 1, i + 1, unit, campaigns, place, placeName, day, 9 + i % 8, day, 10 + i % 8,
                        "online".equals(type) ? "online" : "offline", SETTINGS[i % SETTINGS.length], 50 + 10 * i,
                        i % 7 == 6 ? "internal" : "public");
        String id = idOf(send("POST", "/api/v1/activities", officer, body));
        if (i % 9 == 8) {
            return 1; // stays planned
        }
        send("POST", "/api/v1/activities/" + id + "/publish", officer, null);
        if (i % 11 == 10) {
            send("POST", "/api/v1/activities/" + id + "/cancel", officer, "{\"reason\": \"天气原因改期\"}");
        } else if (i % 2 == 0) {
            send("POST", "/api/v1/activities/" + id + "/complete", officer, """
                    {"actualParticipants": %d, "mediaItems": %d, "photoCount": %d, "note": "活动顺利开展"}"""
                    .formatted(40 + 13 * i, i % 4, 10 + i));
        }
        return 1;
    }

    private String campaign(String kind, String zh, String en, String start, String end, String deadline,
            String parent) throws IOException, InterruptedException {
        String parentId = parent == null ? "" : ", \"parentId\": " + q(parent);
        return idOf(send("POST", "/api/v1/campaigns", admin, """
                {"kind": "%s", "name": {"zh": "%s", "en": "%s"}, "window": {"start": "%s", "end": "%s"},
                 "reportingDeadline": "%s"%s}""".formatted(kind, zh, en, start, end, deadline, parentId)));
    }

    /** A national launch ceremony (启动仪式) of the campaign, hosted by 市场监管总局, recorded as held as planned. */
    private void launchHeld(String zh, String en, String campaign, String city, String day)
            throws IOException, InterruptedException {
        String id = idOf(send("POST", "/api/v1/launch-ceremonies", admin, """
                {"title": {"zh": "%s", "en": "%s"}, "host": {"zh": "市场监管总局", "en": "SAMR"},
                 "campaigns": [%s], "place": {"division": "%s"}, "date": "%s"}""".formatted(zh, en, q(campaign), city, day)));
        events.change("PUT", "/api/v1/launch-ceremonies/" + id + "/outcome", "/api/v1/launch-ceremonies/" + id, admin,
                "{\"outcome\": \"held\"}");
    }

    /** The 2022 notice announcing the campaigns, with a generated PDF as its signed file, published. */
    private String notice(List<String> campaigns) throws IOException, InterruptedException {
        String id = idOf(send("POST", "/api/v1/notices", admin, """
                {"documentNumber": "%s",
                 "issuer": {"zh": "市场监管总局办公厅", "en": "General Office of the State Administration for Market Regulation"},
                 "issuedOn": "2022-08-31",
                 "title": {"zh": "市场监管总局办公厅关于开展全国“有机产品认证宣传周”“绿色产品认证与标识宣传周”和“服务认证体验周”活动的通知",
                           "en": "Notice on the National Organic Product Certification Week, Green Product Certification and Labeling Week and Service Certification Experience Week"},
                 "text": "%s",
                 "addressees": {"allProvincialUnits": true,
                                "certificationBodySchemes": ["organic-product", "green-product", "service"]},
                 "campaigns": [%s]}""".formatted(DOCUMENT_NUMBER, NOTICE_TEXT.replace("\n", "\\n"),
                String.join(", ", campaigns.stream().map(DemoHttp::q).toList()))));
        events.send("PUT", "/api/v1/notices/" + id + "/file", admin, DemoPdf.of(List.of("DEMO COPY - not the signed original",
                "General Office of SAMR, 2022-08-31, " + "notice " + id,
                "National Organic Product Certification Week, 19-23 September 2022",
                "Green Product Certification and Labeling Week, 26-30 September 2022",
                "Service Certification Experience Week, three weeks of September 2022")), "application/pdf");
        send("POST", "/api/v1/notices/" + id + "/publish", admin, null);
        return id;
    }

    /** The notice's opening and headings, as the 2022 notice has them (../shared/seed). */
    private static final String NOTICE_TEXT = """
            各省、自治区、直辖市和新疆生产建设兵团市场监管局(厅、委),各相关认证机构:
            按照2022年全国质量月活动的总体安排,市场监管总局决定开展全国“有机产品认证宣传周”“绿色产品认证与标识宣传周”和“服务认证体验周”活动。现将有关事项通知如下:
            一、活动安排
            (一)“有机产品认证宣传周”活动:2022年9月19日至23日,主题为“有机产品认证:护航消费升级 优享品质生活”。
            (二)“绿色产品认证与标识宣传周”活动:2022年9月26日至30日,主题为“绿色产品认证:践行双碳目标 守护绿水青山”。
            (三)“服务认证体验周”活动:2022年9月选取其中三周,分别在三个省份集中指导开展。
            二、宣传资料
            三、有关要求
            各地市场监管部门要认真总结工作经验,于2022年10月14日前将活动总结、媒体报道情况及音像资料报送市场监管总局(认证监管司)。
            市场监管总局办公厅
            2022年8月31日""";

    private String get(String path, String token) throws IOException, InterruptedException {
        return events.get(path, token);
    }

    private String send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return events.send(method, path, token, json);
    }

    /** (code, Chinese name) of each division in a divisions list. */
    private static List<String[]> divisions(String json) {
        List<String[]> divisions = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"(\\d{6})\",\"name\":\\{\"zh\":\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            divisions.add(new String[] { m.group(1), m.group(2) });
        }
        return divisions;
    }

}
