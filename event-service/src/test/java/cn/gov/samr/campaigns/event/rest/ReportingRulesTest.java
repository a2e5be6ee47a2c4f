package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdminIfMatch;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The reporting rules' checks: who may owe what, and what a published campaign may no longer take back. */
@QuarkusTest
class ReportingRulesTest {

    @Inject
    EntityManager em;

    /** Rules on top of the organic week: a plan, two units and a body, live unless changed. */
    static Map<String, Object> rules(String planDue, List<String> units, List<String> bodies, boolean summary) {
        Map<String, Object> reporting = new HashMap<>();
        reporting.put("activityPlanDue", planDue);
        reporting.put("provincialUnits", units);
        reporting.put("certificationBodies", bodies);
        reporting.put("summary", summary);
        return reporting;
    }

    static Map<String, Object> weekWith(Map<String, Object> reporting) {
        Map<String, Object> body = organicWeek2022();
        body.put("reporting", reporting);
        return body;
    }

    @Test
    void anActivityPlanDueOnOrAfterTheWindowStartIsNamed() {
        assertInvalid(weekWith(rules("2022-09-19", null, List.of(), true)), "reporting.activityPlanDue",
                "must be before the window starts (2022-09-19)");
        String id = createDraft(weekWith(rules("2022-09-09", null, List.of(), true)));
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("reporting.activityPlanDue", equalTo("2022-09-09"));
    }

    @Test
    void aUnitThatIsNotProvincialAndABodyTheListDoesNotKnowAreNamed() {
        assertInvalid(weekWith(rules(null, List.of("320000", "320100"), List.of(), true)),
                "reporting.provincialUnits[1]", "is not a provincial unit");
        assertInvalid(weekWith(rules(null, null, List.of("中国质量认证中心"), true)),
                "reporting.certificationBodies[0]",
                "not the approval number of a known certification body (GET /api/v1/certification-bodies)");
        assertInvalid(weekWith(rules(null, null, List.of("CNCA-R-2099-999"), true)), // well-formed, unknown
                "reporting.certificationBodies[0]",
                "not the approval number of a known certification body (GET /api/v1/certification-bodies)");
    }

    @Test
    void rulesThatOweNothingAreAllowed() {
        Map<String, Object> body = weekWith(rules(null, List.of(), List.of(), false));
        body.remove("reportingDeadline");
        String id = createDraft(body);
        asNationalAdmin().get("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("reporting.summary", equalTo(false))
                .body("reporting.provincialUnits", equalTo(List.of()));
    }

    @Test
    void aDraftChangesItsRulesFreely() {
        String id = createDraft(weekWith(rules("2022-09-09", List.of("320000", "330000"), List.of("CNCA-R-2002-001"), true)));
        asNationalAdminIfMatch(id).body(weekWith(rules(null, List.of("320000"), List.of(), true)))
                .put("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("reporting.provincialUnits", contains("320000"))
                .body("reporting.certificationBodies", equalTo(List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedCampaignMayAddPartiesAndReportsButNotTakeThemBack() {
        String id = createPublished(weekWith(rules(null, List.of("320000"), List.of(), true)));

        Map<String, Object> more = weekWith(rules("2022-09-09", List.of("320000", "330000"), List.of("CNCA-R-2002-001"), true));
        asNationalAdminIfMatch(id).body(more).put("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("reporting.provincialUnits", contains("320000", "330000"));
        assertEquals("CNCA-R-2002-001", QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select payload -> 'reporting' -> 'certificationBodies' ->> 0 from outbox_event
                where aggregate_id = ?1 and event_type = 'CampaignUpdated'""").setParameter(1, id).getSingleResult()));

        assertUpdateInvalid(id, weekWith(rules("2022-09-09", List.of("330000"), List.of("CNCA-R-2002-001"), true)),
                "reporting.provincialUnits");
        assertUpdateInvalid(id, weekWith(rules("2022-09-09", List.of("320000", "330000"), List.of(), true)),
                "reporting.certificationBodies");
        assertUpdateInvalid(id, weekWith(rules(null, List.of("320000", "330000"), List.of("CNCA-R-2002-001"), true)),
                "reporting.activityPlanDue");
        assertUpdateInvalid(id, weekWith(rules("2022-09-09", List.of("320000", "330000"), List.of("CNCA-R-2002-001"), false)),
                "reporting.summary");
        Map<String, Object> archived = weekWith(rules("2022-09-09", List.of("320000", "330000"), List.of("CNCA-R-2002-001"), true));
        ((Map<String, Object>) archived.get("reporting")).put("mode", "archive");
        assertUpdateInvalid(id, archived, "reporting.mode");
    }

    @Test
    void aPublishedCampaignOwingAllUnitsCannotNarrowThem() {
        String id = createPublished(organicWeek2022());
        assertUpdateInvalid(id, weekWith(rules(null, List.of("320000"), List.of(), true)), "reporting.provincialUnits");
    }

    private static void assertUpdateInvalid(String id, Map<String, Object> body, String field) {
        asNationalAdminIfMatch(id).body(body).put("/api/v1/campaigns/{id}", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    private static void assertInvalid(Map<String, Object> body, String field, String message) {
        asNationalAdmin().body(body).post("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }
}
