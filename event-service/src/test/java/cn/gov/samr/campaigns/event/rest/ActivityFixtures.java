package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small factories for activities under the campaigns of the 2022 notice. */
final class ActivityFixtures {

    private ActivityFixtures() {
    }

    /** A fresh published 2022 organic week (19 to 23 September). */
    static String organicWeek() {
        return createPublished(organicWeek2022());
    }

    /** A fresh published 2022 green week (26 to 30 September). */
    static String greenWeek() {
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "green-product-week");
        body.put("name", Map.of("zh", "2022年全国绿色产品认证与标识宣传周"));
        body.put("window", Map.of("start", "2022-09-26", "end", "2022-09-30"));
        return createPublished(body);
    }

    /** A knowledge lecture (知识讲解) in 南京市玄武区 on the given day, 09:00 to 11:30 China time. */
    static Map<String, Object> lecture(String campaign, String day) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "knowledge-lecture");
        body.put("title", Map.of("zh", "有机产品认证知识讲解进社区", "en", "Organic certification explained"));
        body.put("campaigns", List.of(campaign));
        body.put("venue", Map.of("division", "320102", "address", "南京市玄武区中山路1号社区中心",
                "latitude", 32.05, "longitude", 118.79));
        body.put("startsAt", day + "T09:00:00+08:00");
        body.put("endsAt", day + "T11:30:00+08:00");
        body.put("format", "offline");
        body.put("settings", List.of("communities"));
        body.put("expectedParticipants", 120);
        body.put("invitedMedia", List.of("新华日报"));
        body.put("certificationBodies", List.of("CNCA-R-2002-001"));
        body.put("contact", Map.of("name", "王工", "phone", "025-00000000"));
        body.put("visibility", "public");
        body.put("voluntaryParticipation", true);
        body.put("noFee", true);
        return body;
    }

}
