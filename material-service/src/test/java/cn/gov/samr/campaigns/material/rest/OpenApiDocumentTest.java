package cn.gov.samr.campaigns.material.rest;

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
        assertEquals(39, rules.operationIds().size(), "operations documented: " + rules.operationIds());
    }

    @Test
    void anonymousReadsAndDownloadsAreDeclaredAsSuch() {
        OpenApiContractRules rules = OpenApiContractRules.served();
        assertEquals("[{},{\"bearer\":[]}]", rules.operation("/api/v1/materials", "get").path("security").toString());
        JsonNode download = rules.operation("/api/v1/materials/{id}/file", "get");
        assertEquals("[{},{\"bearer\":[]}]", download.path("security").toString());
        assertEquals("binary", download.at("/responses/200/content/*~1*/schema/format").asText());
        assertTrue(download.at("/responses/206/headers").has("Content-Range"));
        assertTrue(download.path("responses").has("304") && download.path("responses").has("416"));
        assertEquals("[{\"bearer\":[]}]", rules.operation("/api/v1/materials", "post").path("security").toString());
    }
}
