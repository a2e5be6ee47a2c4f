package cn.gov.samr.campaigns.harness.contract;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema of the document, for the parts of a request the sweep does not break: a known
 * value by name first (the test's fixtures: {@code campaign}, {@code campaigns}...), then the schema's example,
 * then one made from its type, format and bounds.
 */
final class SampleValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    private final OpenApiDocument document;
    private final Map<String, JsonNode> fixtures;

    SampleValues(OpenApiDocument document, Map<String, JsonNode> fixtures) {
        this.document = document;
        this.fixtures = fixtures;
    }

    JsonNode sample(String name, JsonNode schemaOrRef) {
        return sample(name, schemaOrRef, 0);
    }

    private JsonNode sample(String name, JsonNode schemaOrRef, int depth) {
        JsonNode schema = effective(schemaOrRef);
        String type = type(schema);
        JsonNode known = name == null ? null : fixtures.get(name);
        if (known != null) {
            if ("array".equals(type) && !known.isArray()) {
                return NODES.arrayNode().add(known);
            }
            return known;
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default");
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    schema.path("properties").forEachEntry(
                            (property, propertySchema) -> object.set(property, sample(property, propertySchema, depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(sample(singular(name), schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number":
                return NODES.numberNode(Math.max(1, schema.path("minimum").asDouble(1)));
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.stringNode(string(schema));
        }
    }

    private static String string(JsonNode schema) {
        String format = OpenApiDocument.text(schema.get("format"));
        if (format != null) {
            switch (format) {
                case "uuid":
                    return UUID.randomUUID().toString();
                case "date":
                    return "2022-09-20";
                case "date-time":
                    return "2022-09-20T09:00:00+08:00";
                case "time":
                case "local-time":
                    return "09:00:00";
                case "email":
                    return "someone@example.org";
                case "uri":
                case "url":
                    return "https://example.org/sample";
                default:
                    break;
            }
        }
        int minLength = schema.path("minLength").asInt(1);
        return "x".repeat(Math.max(1, minLength));
    }

    /** The schema with references followed and the first branch of allOf/oneOf/anyOf taken. */
    JsonNode effective(JsonNode schemaOrRef) {
        JsonNode schema = document.resolve(schemaOrRef);
        for (int hops = 0; hops < 10 && schema != null; hops++) {
            JsonNode branch = null;
            for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
                if (schema.path(combinator).isArray() && !schema.get(combinator).isEmpty() && !schema.has("type")
                        && !schema.has("properties")) {
                    for (JsonNode candidate : schema.get(combinator)) {
                        if (!"null".equals(type(document.resolve(candidate)))) {
                            branch = candidate;
                            break;
                        }
                    }
                }
            }
            if (branch == null) {
                break;
            }
            schema = document.resolve(branch);
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    /** The schema's type; with a 3.1 type list, the first one that is not null; guessed when absent. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            return type.stringValue();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.stringValue())) {
                    return t.stringValue();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
