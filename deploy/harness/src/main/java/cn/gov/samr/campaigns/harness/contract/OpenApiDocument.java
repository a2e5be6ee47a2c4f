package cn.gov.samr.campaigns.harness.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A served OpenAPI document: its operations, found by method and concrete path, and a JSON Schema validator for
 * any schema in it. The validator loads the whole document as one schema resource and points into it, so every
 * {@code $ref} resolves inside the document as a client generator would resolve it. The dialect follows the
 * document's {@code openapi} version: 3.1 is JSON Schema 2020-12 (OpenAPI 3.1 base dialect), 3.0 the OpenAPI 3.0
 * schema object with its {@code nullable}.
 */
public final class OpenApiDocument {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IRI = "https://contract.invalid/openapi.json";
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)\\}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> validators = new ConcurrentHashMap<>();

    private OpenApiDocument(String json) {
        this.root = JSON.readTree(json);
        String version = text(root.path("openapi"));
        if (version == null) {
            throw new IllegalArgumentException("not an OpenAPI 3 document (no openapi field)");
        }
        Dialect dialect = version.startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31();
        // formats (date, date-time, uuid...) are part of what a generated client relies on: assert them
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(IRI, json)));
        root.path("paths").forEachEntry((template, item) -> {
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(new Operation(this, method.toUpperCase(Locale.ROOT), template,
                            "/paths/" + escape(template) + "/" + method, resolve(item.get(method)),
                            resolve(item)));
                }
            }
        });
        // a literal segment beats a template: /activities/calendar before /activities/{id}
        operations.sort(Comparator.comparingInt(Operation::templatedSegments));
    }

    public static OpenApiDocument parse(String json) {
        return new OpenApiDocument(json);
    }

    public JsonNode root() {
        return root;
    }

    public String openapiVersion() {
        return text(root.path("openapi"));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operation answering {@code method} on the raw (still percent-encoded) path, if the document has one. */
    public Optional<Operation> find(String method, String rawPath) {
        return operations.stream().filter(op -> op.method().equals(method) && op.matches(rawPath)).findFirst();
    }

    /** Whether any operation's template matches the path, whatever the method. */
    public boolean hasPath(String rawPath) {
        return operations.stream().anyMatch(op -> op.matches(rawPath));
    }

    /** Follows local {@code $ref}s until a node that is not a reference. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
            String ref = text(current.get("$ref"));
            if (ref == null || !ref.startsWith("#")) {
                return current;
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** The validator for the schema at the JSON pointer {@code pointer} of this document. */
    public Schema validator(String pointer) {
        return validators.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(IRI + "#" + p)));
    }

    static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** One operation of the document. {@code node} is the operation object, {@code item} its path item. */
    public static final class Operation {
        private final OpenApiDocument document;
        private final String method;
        private final String template;
        private final String pointer;
        private final JsonNode node;
        private final JsonNode item;
        private final Pattern pattern;
        private final int templatedSegments;

        Operation(OpenApiDocument document, String method, String template, String pointer, JsonNode node,
                JsonNode item) {
            this.document = document;
            this.method = method;
            this.template = template;
            this.pointer = pointer;
            this.node = node;
            this.item = item;
            StringBuilder regex = new StringBuilder();
            int templated = 0;
            for (String segment : template.split("/", -1)) {
                if (!regex.isEmpty() || !segment.isEmpty()) {
                    regex.append('/');
                }
                // a template may fill a whole segment ({id}) or part of one (national-summary.{format})
                java.util.regex.Matcher variable = VARIABLE.matcher(segment);
                int from = 0;
                while (variable.find()) {
                    regex.append(Pattern.quote(segment.substring(from, variable.start()))).append("[^/]+");
                    from = variable.end();
                    templated++;
                }
                regex.append(Pattern.quote(segment.substring(from)));
            }
            this.pattern = Pattern.compile(regex.isEmpty() ? "/" : regex.toString());
            this.templatedSegments = templated;
        }

        public String method() {
            return method;
        }

        public String template() {
            return template;
        }

        /** JSON pointer of the operation object in the document. */
        public String pointer() {
            return pointer;
        }

        public JsonNode node() {
            return node;
        }

        public String operationId() {
            return text(node.get("operationId"));
        }

        /** {@code GET /api/v1/campaigns/{id}}, and the operationId when the document has one. */
        public String label() {
            String id = operationId();
            return method + " " + template + (id == null ? "" : " (" + id + ")");
        }

        int templatedSegments() {
            return templatedSegments;
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }

        /** The parameters, the path item's ones overridden by the operation's, references resolved. */
        public List<JsonNode> parameters() {
            Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
            for (JsonNode source : List.of(item.path("parameters"), node.path("parameters"))) {
                for (JsonNode parameter : source) {
                    JsonNode resolved = document.resolve(parameter);
                    byKey.put(text(resolved.get("in")) + ":" + text(resolved.get("name")), resolved);
                }
            }
            return List.copyOf(byKey.values());
        }

        public List<JsonNode> parameters(String in) {
            return parameters().stream().filter(p -> in.equals(text(p.get("in")))).toList();
        }

        /** The request body object (resolved), or a missing node. */
        public JsonNode requestBody() {
            JsonNode body = node.get("requestBody");
            return body == null ? JSON.missingNode() : document.resolve(body);
        }

        /** The responses object. */
        public JsonNode responses() {
            return node.path("responses");
        }
    }
}
