package cn.gov.samr.campaigns.report.rest;

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
        assertEquals(38, rules.operationIds().size(), "operations documented: " + rules.operationIds());
    }

    @Test
    void exportsAndReportsAreDeclaredWithTheirRealTypes() {
        OpenApiContractRules rules = OpenApiContractRules.served();
        JsonNode export = rules.operation("/api/v1/exports/campaigns/{campaignId}/national-summary.{format}", "get");
        assertEquals(3, export.at("/responses/200/content").size());
        assertEquals("binary", export.at("/responses/200/content/application~1pdf/schema/format").asText());
        JsonNode put = rules.operation("/api/v1/reports/{id}", "put");
        assertTrue(put.path("responses").has("412") && put.path("responses").has("428"));
        assertTrue(put.path("description").asText().contains("`provincial-officer`"), "roles named");
    }
}
