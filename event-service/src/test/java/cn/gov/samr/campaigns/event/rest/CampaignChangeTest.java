package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdminIfMatch;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Changing campaigns: drafts freely, published ones with history and reasons, closed ones not at all. */
@QuarkusTest
class CampaignChangeTest {

    @Inject
    EntityManager em;

    @Test
    void aDraftChangesFreelyAndKeepsNoHistory() {
        String id = createDraft(organicWeek2022());
        Map<String, Object> body = organicWeek2022();
        body.put("window", Map.of("start", "2022-09-20", "end", "2022-09-24"));
        body.put("focusThemes", List.of(Map.of("zh", "有机产品进社区")));
        asNationalAdminIfMatch(id).body(body).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(200)
                .body("window.start", equalTo("2022-09-20"))
                .body("focusThemes[0].zh", equalTo("有机产品进社区"));
        asNationalAdmin().get("/api/v1/campaigns/{id}/history", id).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void movingAPublishedWindowNeedsAReasonAndIsRecorded() {
        String id = createPublished(organicWeek2022());
        Map<String, Object> moved = organicWeek2022();
        moved.put("window", Map.of("start", "2022-09-19", "end", "2022-09-25"));

        asNationalAdminIfMatch(id).body(moved).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(400)
                .body("errors.field", contains("changeReason"));
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().body("window.end", equalTo("2022-09-23"));

        moved.put("changeReason", "疫情防控要求顺延两天");
        asNationalAdminIfMatch(id).body(moved).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(200).body("window.end", equalTo("2022-09-25"));
        asNationalAdmin().get("/api/v1/campaigns/{id}/history", id)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].reason", equalTo("疫情防控要求顺延两天"))
                .body("[0].changedBy", equalTo("national-admin@dev"))
                .body("[0].changes.'window.end'.from", equalTo("2022-09-23"))
                .body("[0].changes.'window.end'.to", equalTo("2022-09-25"))
                .body("[0].changedAt", notNullValue());
        assertEquals(1, outboxEvents(id, "CampaignUpdated"));
    }

    @Test
    void otherChangesToAPublishedCampaignAreRecordedWithoutAReason() {
        String id = createPublished(organicWeek2022());
        Map<String, Object> body = organicWeek2022();
        body.put("themes", List.of(CampaignFixtures.theme("national", "有机产品认证:护航消费升级", null)));
        asNationalAdminIfMatch(id).body(body).put("/api/v1/campaigns/{id}", id).then().statusCode(200);
        asNationalAdmin().get("/api/v1/campaigns/{id}/history", id)
                .then().body("[0].changes.keySet()", contains("themes"));
    }

    @Test
    void aPublishedCampaignKeepsItsKind() {
        String id = createPublished(organicWeek2022());
        Map<String, Object> body = organicWeek2022();
        body.put("kind", "green-product-week");
        asNationalAdminIfMatch(id).body(body).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(400).body("errors.field", contains("kind"));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = createDraft(organicWeek2022());
        String etag = asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().extract().header("ETag");
        asNationalAdmin().header("If-Match", etag).body(organicWeek2022()).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(200);
        asNationalAdmin().header("If-Match", etag).body(organicWeek2022()).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void aClosedCampaignNoLongerChanges() {
        String id = createPublished(organicWeek2022());
        asNationalAdmin().post("/api/v1/campaigns/{id}/close", id)
                .then().statusCode(200).body("status", equalTo("closed")).body("closedAt", notNullValue());
        asNationalAdmin().post("/api/v1/campaigns/{id}/close", id).then().statusCode(200);
        asNationalAdminIfMatch(id).body(organicWeek2022()).put("/api/v1/campaigns/{id}", id).then().statusCode(409);
        asNationalAdmin().post("/api/v1/campaigns/{id}/publish", id).then().statusCode(409);
        assertEquals(1, outboxEvents(id, "CampaignClosed"));
    }

    @Test
    void aDraftCannotClose() {
        String id = createDraft(organicWeek2022());
        asNationalAdmin().post("/api/v1/campaigns/{id}/close", id).then().statusCode(409);
    }

    @Test
    void theParentMustExistAndAWindowPastItIsAWarning() {
        Map<String, Object> qualityMonth = organicWeek2022();
        qualityMonth.put("kind", "quality-month");
        qualityMonth.put("name", Map.of("zh", "2022年全国质量月"));
        qualityMonth.put("window", Map.of("start", "2022-09-01", "end", "2022-09-30"));
        String parent = createPublished(qualityMonth);

        Map<String, Object> child = organicWeek2022();
        child.put("parentId", parent);
        asNationalAdmin().body(child).post("/api/v1/campaigns").then().statusCode(201)
                .body("parentId", equalTo(parent));

        child.put("window", Map.of("start", "2022-09-26", "end", "2022-10-02"));
        asNationalAdmin().body(child).post("/api/v1/campaigns").then().statusCode(201)
                .body("warnings.find { it.field == 'parentId' }.message",
                        equalTo("runs 2 days past the parent's window 2022-09-01 to 2022-09-30"));

        child.put("parentId", "00000000-0000-0000-0000-000000000000");
        asNationalAdmin().body(child).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors.find { it.field == 'parentId' }.message", equalTo("no such campaign"));
    }

    @Test
    void onlyTheNationalOfficeChangesCampaigns() {
        String id = createDraft(organicWeek2022());
        as("provincial-officer", "320000").header("If-Match", "*").body(organicWeek2022()).put("/api/v1/campaigns/{id}", id)
                .then().statusCode(403);
        as("provincial-officer", "320000").post("/api/v1/campaigns/{id}/close", id).then().statusCode(403);
        as("provincial-officer", "320000").post("/api/v1/campaigns/{id}/roll-over", id).then().statusCode(403);
    }

    private long outboxEvents(String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, aggregateId).setParameter(2, type).getSingleResult()).longValue());
    }
}
