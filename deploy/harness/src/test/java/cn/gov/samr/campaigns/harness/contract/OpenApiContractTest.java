package cn.gov.samr.campaigns.harness.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The check of one answer against a small document, in both dialects; no application needed. */
class OpenApiContractTest {

    private static final String PATHS = """
            "paths": {
              "/api/v1/things/{id}": {
                "get": {
                  "security": [{"bearer": []}],
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "404": {"$ref": "#/components/responses/Problem"}
                  }
                }
              },
              "/api/v1/things/special": {
                "get": {"responses": {"200": {"content": {"text/calendar": {"schema": {"type": "string"}}}}}}
              },
              "/api/v1/exports/{id}/summary.{format}": {
                "get": {"responses": {"default": {"content": {"*/*": {}}}}}
              }
            },
            "components": {
              "responses": {
                "Problem": {"description": "a problem", "content": {"application/problem+json": {"schema": {
                  "type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}
              },
              "schemas": {
                "Thing": {"type": "object", "required": ["id", "name"], "properties": {
                  "id": {"type": "string", "format": "uuid"},
                  "name": {"type": "string"},
                  "note": %s
                }}
              }
            }
            """;

    private static OpenApiContract contract(String version, String note) {
        return new OpenApiContract("things", OpenApiDocument.parse(
                "{\"openapi\": \"" + version + "\", \"info\": {\"title\": \"things\"}, " + PATHS.formatted(note) + "}"));
    }

    private static List<String> check(OpenApiContract contract, String path, int status, String type, String body) {
        return contract.check("GET", path, status, type, body.getBytes(StandardCharsets.UTF_8), true).violations();
    }

    private static final String ID = "/api/v1/things/4b0c0d5e-8a47-4a5b-9d43-0d1f2e3a4b5c";
    private static final String THING = "{\"id\": \"4b0c0d5e-8a47-4a5b-9d43-0d1f2e3a4b5c\", \"name\": \"x\"";

    @Test
    void aConformingAnswerPasses() {
        assertEquals(List.of(), check(contract("3.1.0", "{\"type\": \"string\"}"), ID, 200, "application/json;charset=UTF-8",
                THING + ", \"note\": \"n\"}"));
        assertEquals(List.of(), check(contract("3.1.0", "{\"type\": \"string\"}"), ID, 404, "application/problem+json",
                "{\"status\": 404}"));
    }

    @Test
    void aNullWhereTheSchemaSaysStringIsAViolationIn31ButNotWhenNullableIn30() {
        List<String> violations = check(contract("3.1.0", "{\"type\": \"string\"}"), ID, 200, "application/json",
                THING + ", \"note\": null}");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("/note"), violations.toString());
        assertEquals(List.of(), check(contract("3.0.3", "{\"type\": \"string\", \"nullable\": true}"), ID, 200,
                "application/json", THING + ", \"note\": null}"));
        assertEquals(1, check(contract("3.0.3", "{\"type\": \"string\"}"), ID, 200, "application/json",
                THING + ", \"note\": null}").size());
    }

    @Test
    void aMissingRequiredFieldAndABadFormatAreViolations() {
        List<String> violations = check(contract("3.1.0", "{\"type\": \"string\"}"), ID, 200, "application/json",
                "{\"id\": \"not-a-uuid\"}");
        assertEquals(2, violations.size(), violations.toString());
    }

    @Test
    void anUndocumentedStatusOrContentTypeOrOperationIsAViolation() {
        OpenApiContract contract = contract("3.1.0", "{\"type\": \"string\"}");
        assertTrue(check(contract, ID, 201, "application/json", THING + "}").get(0).contains("status 201 is not documented"));
        assertTrue(check(contract, ID, 404, "application/json", "{\"status\": 404}").get(0)
                .contains("content type application/json is not documented"));
        assertTrue(check(contract, ID, 200, "application/json", "").get(0).contains("empty body"));
        assertTrue(check(contract, "/api/v1/other", 200, "application/json", "{}").get(0).contains("no path"));
        assertTrue(contract.check("POST", ID, 200, "application/json", new byte[0], true).violations().get(0)
                .contains("method POST is not documented"));
    }

    @Test
    void aLiteralSegmentWinsOverATemplateAndNonJsonIsCheckedForTypeOnly() {
        OpenApiContract contract = contract("3.1.0", "{\"type\": \"string\"}");
        assertEquals(List.of(), check(contract, "/api/v1/things/special", 200, "text/calendar", "BEGIN:VCALENDAR"));
        assertEquals(List.of(), check(contract, "/api/v1/exports/1/summary.csv", 200, "text/csv", "a,b"));
    }

    @Test
    void aSecuredOperationAnsweringWithoutATokenIsAViolation() {
        OpenApiContract contract = contract("3.1.0", "{\"type\": \"string\"}");
        assertTrue(contract.check("GET", ID, 200, "application/json", (THING + "}").getBytes(StandardCharsets.UTF_8),
                false).violations().get(0).contains("without a token"));
        assertTrue(contract.check("GET", "/api/v1/things/special", 401, null, new byte[0], false).violations()
                .get(0).contains("declares the operation anonymous"));
    }
}
