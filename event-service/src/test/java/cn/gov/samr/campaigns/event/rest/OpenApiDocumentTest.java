package cn.gov.samr.campaigns.event.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.samr.campaigns.harness.OpenApiContractRules;
import io.quarkus.test.junit.QuarkusTest;

/** The document served at /q/openapi keeps the contract's rules (issue 9); the rules are the harness's. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationKeepsTheRules() {
        OpenApiContractRules rules = OpenApiContractRules.served();
        assertEquals(List.of(), rules.violations());
        assertEquals(65, rules.operationIds().size(), "operations documented: " + rules.operationIds());
    }

    @Test
    void securityStatusesAndHeadersAreTheEnforcedOnes() {
        OpenApiContractRules rules = OpenApiContractRules.served();
        assertEquals("[]", rules.operation("/api/v1/divisions", "get").path("security").toString());
        assertEquals("[]", rules.operation("/api/v1/public/activities.ics", "get").path("security").toString());
        JsonNode create = rules.operation("/api/v1/campaigns", "post");
        assertEquals("[{\"bearer\":[]}]", create.path("security").toString());
        assertTrue(create.path("description").asText().contains("`national-admin`"), "roles named");
        assertTrue(create.at("/responses/201/headers").has("Location"));
        assertEquals("#/components/schemas/CampaignView",
                create.at("/responses/201/content/application~1json/schema/$ref").asText());
        JsonNode get = rules.operation("/api/v1/campaigns/{id}", "get");
        assertTrue(get.path("responses").has("304") && get.path("responses").has("404"));
        JsonNode update = rules.operation("/api/v1/campaigns/{id}", "put");
        assertTrue(update.path("responses").has("412") && update.path("responses").has("428"));
        assertEquals("text/calendar", rules.operation("/api/v1/public/activities.ics", "get")
                .at("/responses/200/content").fieldNames().next());
    }
}
