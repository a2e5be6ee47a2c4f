package cn.gov.samr.campaigns.harness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules every service's served OpenAPI document keeps (issue 9), checked by each service's OpenApiDocumentTest so
 * that they cannot regress: a unique operationId everywhere, a concrete schema for every success, the one Problem
 * schema for every error, security declared on every operation, conditional GETs where an ETag is answered, and
 * the document's licence, contact and servers.
 */
public final class OpenApiContractRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head", "options");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonNode document;
    private final List<String> violations = new ArrayList<>();
    private final List<String> operationIds = new ArrayList<>();

    private OpenApiContractRules(JsonNode document) {
        this.document = document;
        check();
    }

    /** Checks a document in its JSON form, as {@code /q/openapi?format=json} serves it. */
    public static OpenApiContractRules of(String json) {
        try {
            return new OpenApiContractRules(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    /** Checks the document the application under test serves (RestAssured's base URI and port). */
    public static OpenApiContractRules served() {
        return of(io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public List<String> operationIds() {
        return List.copyOf(operationIds);
    }

    /** The operation at a path and method, e.g. {@code ("/api/v1/campaigns/{id}", "get")}. */
    public JsonNode operation(String path, String method) {
        return document.path("paths").path(path).path(method);
    }

    private void check() {
        JsonNode info = document.path("info");
        require(info.path("license").path("name").isTextual() && info.path("license").path("url").isTextual(),
                "info.license needs a name and a url");
        require(info.path("contact").path("name").isTextual(), "info.contact needs a name");
        require(document.path("servers").isArray() && document.path("servers").size() > 0, "servers are missing");
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        for (String field : List.of("type", "title", "status")) {
            require(contains(problem.path("required"), field), "Problem must require " + field);
        }
        require(problem.path("properties").path("errors").path("items").has("$ref"),
                "Problem.errors must list field errors");
        Set<String> seen = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                checkOperation(where, op.getKey(), op.getValue(), seen);
            }
        }));
    }

    private void checkOperation(String where, String method, JsonNode op, Set<String> seen) {
        String id = op.path("operationId").asText("");
        require(id.matches("[a-z][A-Za-z0-9]+"), where + ": operationId missing or not camelCase: '" + id + "'");
        require(seen.add(id), where + ": operationId " + id + " is not unique");
        operationIds.add(id);
        require(op.path("security").isArray(), where + ": security is not declared");
        require(op.path("description").isTextual(), where + ": no description");
        JsonNode responses = op.path("responses");
        require(responses.has("default"), where + ": no default (problem) response");
        boolean success = false;
        boolean etag = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            String code = r.getKey();
            if (code.startsWith("2")) {
                success = true;
                etag |= r.getValue().path("headers").has("ETag");
                if (!code.equals("204")) {
                    checkSchemas(where + " " + code, r.getValue().path("content"));
                }
            } else if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                JsonNode content = r.getValue().path("content");
                require(content.size() == 1 && PROBLEM.equals(
                        content.path("application/problem+json").path("schema").path("$ref").asText()),
                        where + " " + code + ": must be application/problem+json with the Problem schema");
            }
        }
        require(success, where + ": no 2xx response");
        boolean input = op.path("requestBody").isObject() || op.path("parameters").size() > 0;
        require(!input || responses.has("400"), where + ": reads input but documents no 400");
        if ("get".equals(method) && etag) {
            require(responses.has("304"), where + ": answers an ETag but documents no 304");
            boolean ifNoneMatch = false;
            for (JsonNode p : op.path("parameters")) {
                ifNoneMatch |= "If-None-Match".equalsIgnoreCase(p.path("name").asText());
            }
            require(ifNoneMatch, where + ": answers an ETag but takes no If-None-Match");
        }
    }

    /** A success names its media types, each with a schema that says something ({} says nothing). */
    private void checkSchemas(String where, JsonNode content) {
        require(content.size() > 0, where + ": no content");
        content.fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            require(schema.has("$ref") || schema.has("type") || schema.has("allOf") || schema.has("oneOf"),
                    where + " " + media.getKey() + ": the schema is empty");
        });
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    private void require(boolean ok, String violation) {
        if (!ok) {
            violations.add(violation);
        }
    }
}
