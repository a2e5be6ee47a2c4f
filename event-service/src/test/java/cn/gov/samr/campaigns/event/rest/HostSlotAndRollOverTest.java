package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdminIfMatch;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The experience week's host slots, and next year's edition. */
@QuarkusTest
class HostSlotAndRollOverTest {

    @Test
    void theExperienceWeekGetsThreeWeeksInThreeProvinces() {
        String id = createDraft(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(
                slot("330000", "2022-09-19", "2022-09-23", "养老服务认证"),
                slot("320000", "2022-09-05", "2022-09-09", "青少年视觉健康与验光配镜服务认证"),
                slot("440000", "2022-09-12", "2022-09-16", "绿色低碳服务", "服务认证数字化信息化赋能"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(200)
                .body("hostSlots.province", contains("320000", "440000", "330000"))
                .body("hostSlots[1].focusThemes.zh", contains("绿色低碳服务", "服务认证数字化信息化赋能"));
    }

    @Test
    void aProvinceTwiceIsRefusedAndNothingChanges() {
        String id = createDraft(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", id).then().statusCode(200);

        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(
                slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"),
                slot("330000", "2022-09-08", "2022-09-14", "绿色低碳服务"),
                slot("320000", "2022-09-19", "2022-09-23", "绿色低碳服务"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(400)
                .body("errors.field", contains("slots[2].province"));
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().body("hostSlots", hasSize(1));
    }

    @Test
    void replacingTheSlotsMayGiveAProvinceAnotherWeek() {
        String id = createDraft(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", id).then().statusCode(200);
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-12", "2022-09-16", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(200).body("hostSlots[0].weekStart", equalTo("2022-09-12"));
    }

    @Test
    void onlyTheExperienceWeekHasHostSlots() {
        String id = createDraft(organicWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-19", "2022-09-23", "有机"))))
                .put("/api/v1/campaigns/{id}/host-slots", id)
                .then().statusCode(409).body("detail", containsString("experience week"));
    }

    @Test
    void changingAPublishedWeeksSlotsIsRecorded() {
        String id = createPublished(experienceWeek2022());
        asNationalAdminIfMatch(id).body(Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", id).then().statusCode(200);
        asNationalAdmin().get("/api/v1/campaigns/{id}/history", id)
                .then().body("[0].changes.hostSlots.to[0].province", equalTo("320000"));
    }

    @Test
    void rollOverCreatesNextYearsDraftOnTheSameWeekdaysOnce() {
        String id = createPublished(organicWeek2022());
        String next = asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", id)
                .then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("year", equalTo(2023))
                .body("name.zh", equalTo("2023年全国有机产品认证宣传周"))
                .body("window.start", equalTo("2023-09-18")) // Monday, as 2022-09-19 was
                .body("window.end", equalTo("2023-09-22"))
                .body("reportingDeadline", nullValue()) // decided again, like the themes
                .body("launchCeremonies", hasSize(0)) // ceremonies are planned anew, not copied
                .body("themes", hasSize(0))
                .body("rolledOverFrom", equalTo(id))
                .extract().path("id");
        asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", id)
                .then().statusCode(409).body("detail", containsString(next));
    }
}
