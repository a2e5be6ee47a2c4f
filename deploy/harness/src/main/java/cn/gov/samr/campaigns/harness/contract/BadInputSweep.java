package cn.gov.samr.campaigns.harness.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.contract.OpenApiDocument.Operation;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad-input sweep: walks every operation of the served OpenAPI document and sends it malformed path ids, query
 * values, bodies and tokens, each varied from a plausible request (fixtures and example bodies the test gives, or
 * values made from the schemas). Nothing is listed by hand: a new operation, parameter or property is swept as
 * soon as the document has it. The answers go through the {@link ContractFilter} like every other request; the
 * {@link Report} collects every 5xx, every 4xx that is not {@code application/problem+json}, and every contract
 * violation.
 */
public final class BadInputSweep {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw:";
    private static final Pattern RAW_TOKEN = Pattern.compile("\"" + Pattern.quote(RAW) + "(.*?)@@\"");
    private static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "a".repeat(300), "%00");
    private static final List<String> QUERY_VALUES = List.of("not-a-uuid", "abc", "1.5", "-1", "99999999999",
            "%2B999999999-12-31", "-999999999-01-01", "2022-02-30", "%01x%1F", "x%00y", "eB95", "eyJ4IjoxfQ",
            "a".repeat(300), "");

    private static final Set<String> FINAL_ACTIONS = Set.of("cancel", "close", "withdraw", "refuse", "return",
            "accept", "complete", "roll-over", "rebuild");

    private final OpenApiContract contract;
    private final Map<String, JsonNode> fixtures = new HashMap<>();
    private final Map<String, JsonNode> bodies = new HashMap<>();
    private final Map<String, String> callers = new HashMap<>();
    private String defaultCaller = DevTokens.bearer("national-admin", null);

    private BadInputSweep(OpenApiContract contract) {
        this.contract = contract;
    }

    /** A sweep of the application the test runs against (RestAssured's base URI and port, as Quarkus set them). */
    public static BadInputSweep ofServedContract() {
        String base = RestAssured.baseURI;
        int port = RestAssured.port;
        return new BadInputSweep(OpenApiContract.servedAt(base + ":" + port));
    }

    /**
     * A valid value known by name: the literal path segment before an id ({@code campaigns} for
     * {@code /campaigns/{id}}), a parameter name, or a body property name.
     */
    public BadInputSweep fixture(String name, Object value) {
        fixtures.put(name, OpenApiDocument.JSON.valueToTree(value));
        return this;
    }

    /** A valid body for {@code "POST /api/v1/campaigns"} (method and path template); it is varied field by field. */
    public BadInputSweep body(String operation, Object body) {
        bodies.put(operation, OpenApiDocument.JSON.valueToTree(body));
        return this;
    }

    /** The Authorization value for every operation without its own caller (a national admin by default). */
    public BadInputSweep caller(String authorization) {
        this.defaultCaller = authorization;
        return this;
    }

    /** The Authorization value for one operation, e.g. the receiving province for a receipt. */
    public BadInputSweep caller(String operation, String authorization) {
        callers.put(operation, authorization);
        return this;
    }

    /** Sends every probe of every operation; the answers are in the report. */
    public Report run() {
        OpenApiDocument document = contract.document();
        SampleValues samples = new SampleValues(document, fixtures);
        List<Operation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparingInt(BadInputSweep::rank).thenComparing(Operation::template));
        Report report = new Report(contract.service(), operations.size());
        List<String> violations = new ArrayList<>();
        ContractFilter.collectInto(violations::add);
        try {
            for (Operation operation : operations) {
                for (Probe probe : probes(operation, samples)) {
                    violations.clear();
                    send(operation, probe, report);
                    report.contractViolations.addAll(violations);
                }
            }
        } finally {
            ContractFilter.collectInto(null);
        }
        ContractLedger.recordSweep(contract.service(), report.requests, report.serverErrors.size(), operations.size());
        report.write();
        return report;
    }

    /**
     * Reads first, creates next, changes after, ends of life (cancel, close...) and deletes last, so that a probe
     * that happens to succeed takes as little as possible away from the operations swept after it.
     */
    private static int rank(Operation operation) {
        boolean onOne = operation.template().contains("{");
        String last = operation.template().substring(operation.template().lastIndexOf('/') + 1);
        switch (operation.method()) {
            case "GET":
            case "HEAD":
                return 0;
            case "POST":
                return !onOne ? 1 : FINAL_ACTIONS.contains(last) ? 4 : 3;
            case "PUT":
            case "PATCH":
                return 2;
            default:
                return 5;
        }
    }

    private record Probe(String input, String path, String query, String authorization, String contentType,
            byte[] body, boolean withIfMatch) {

        Probe with(String input, String path, String query) {
            return new Probe(input, path, query, authorization, contentType, body, withIfMatch && path.equals(this.path));
        }

        Probe withBody(String input, String contentType, byte[] body) {
            return new Probe(input, path, query, authorization, contentType, body, withIfMatch);
        }

        Probe withAuthorization(String input, String authorization) {
            return new Probe(input, path, query, authorization, contentType, body, withIfMatch);
        }
    }

    private List<Probe> probes(Operation operation, SampleValues samples) {
        String key = operation.method() + " " + operation.template();
        // the plausible request every probe varies
        Map<String, String> pathValues = new LinkedHashMap<>();
        String previous = null;
        for (String segment : operation.template().split("/")) {
            Matcher variable = OpenApiDocument.VARIABLE.matcher(segment);
            boolean whole = segment.startsWith("{") && segment.endsWith("}");
            while (variable.find()) {
                String name = variable.group(1);
                // a whole-segment id is known by the segment before it (/campaigns/{id}), a part by its name
                JsonNode known = whole && previous != null ? fixtures.get(previous) : fixtures.get(name);
                JsonNode schema = operation.parameters("path").stream()
                        .filter(p -> name.equals(OpenApiDocument.text(p.get("name")))).map(p -> p.path("schema"))
                        .findFirst().orElse(NODES.objectNode());
                JsonNode value = known != null ? known : samples.sample(name, schema);
                pathValues.put(name, value.isString() ? value.stringValue() : value.toString());
            }
            if (!whole) {
                previous = segment;
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean(false)) {
                String name = OpenApiDocument.text(parameter.get("name"));
                query.put(name, encode(asParameter(samples.sample(name, parameter.path("schema")))));
            }
        }
        JsonNode requestContent = operation.requestBody().path("content");
        String bodyType = requestContent.isObject() && !requestContent.isEmpty()
                ? requestContent.propertyNames().iterator().next() : null;
        boolean json = bodyType != null && OpenApiContract.isJson(OpenApiContract.mediaType(bodyType));
        JsonNode baseBody = null;
        if (json) {
            baseBody = bodies.get(key);
            if (baseBody == null) {
                JsonNode media = requestContent.get(bodyType);
                baseBody = media.has("example") ? media.get("example") : samples.sample(null, media.path("schema"));
            }
        }
        byte[] baseBytes = bodyType == null ? null
                : json ? bytes(baseBody.toString()) : bytes("%PDF-1.7\nsweep\n");
        boolean ifMatch = operation.method().equals("PUT") || operation.method().equals("PATCH");
        Probe base = new Probe("valid", fill(operation.template(), pathValues), queryString(query),
                callers.getOrDefault(key, defaultCaller), bodyType, baseBytes, ifMatch);

        // the valid request goes after the malformed ones: if it succeeds (publishes, receives...), it changes
        // the state every later probe of this operation would have met
        List<Probe> probes = new ArrayList<>();
        for (String name : pathValues.keySet()) {
            for (String bad : PATH_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad.equals("%00") ? bad : encode(bad));
                probes.add(base.with("path " + name + "=" + abbreviate(bad), fill(operation.template(), values),
                        base.query()));
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = OpenApiDocument.text(parameter.get("name"));
            for (String bad : QUERY_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(query);
                values.put(name, bad);
                probes.add(base.with("query " + name + "=" + abbreviate(bad), base.path(), queryString(values)));
            }
            String valid = encode(asParameter(samples.sample(name, parameter.path("schema"))));
            Map<String, String> others = new LinkedHashMap<>(query);
            others.remove(name);
            String twice = queryString(others) + (others.isEmpty() ? "" : "&") + name + "=" + valid + "&" + name + "="
                    + valid;
            probes.add(base.with("query " + name + " twice", base.path(), twice));
        }
        probes.add(base.with("unknown query parameter", base.path(),
                base.query() + (base.query().isEmpty() ? "" : "&") + "unknownParameter=1"));
        if (bodyType != null) {
            probes.addAll(bodyProbes(base, json, baseBody));
        }
        probes.add(base);
        for (Map.Entry<String, String> token : tokens().entrySet()) {
            probes.add(base.withAuthorization("token: " + token.getKey(), token.getValue()));
        }
        return probes;
    }

    private List<Probe> bodyProbes(Probe base, boolean json, JsonNode baseBody) {
        List<Probe> probes = new ArrayList<>();
        String type = base.contentType();
        if (!json) {
            probes.add(base.withBody("empty body", type, new byte[0]));
            probes.add(base.withBody("JSON body as application/json", "application/json", bytes("{}")));
            probes.add(base.withBody("no content type", null, base.body()));
            return probes;
        }
        String text = baseBody.toString();
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("body {}", "{}");
        raw.put("body []", "[]");
        raw.put("body null", "null");
        raw.put("body \"x\"", "\"x\"");
        raw.put("empty body", "");
        raw.put("truncated JSON", text.substring(0, Math.max(1, text.length() / 2)));
        raw.put("trailing garbage", text + " garbage");
        raw.put("two JSON values", text + " " + text);
        raw.put("not JSON", "<xml/>");
        if (baseBody.isObject() && !baseBody.isEmpty()) {
            String first = baseBody.propertyNames().iterator().next();
            raw.put("duplicate key " + first, "{" + quote(first) + ":" + baseBody.get(first) + "," + text.substring(1));
            ObjectNode unknown = ((ObjectNode) baseBody.deepCopy()).put("unknownField", 1);
            raw.put("unknown field", unknown.toString());
        }
        raw.forEach((input, body) -> probes.add(base.withBody(input, type, bytes(body))));
        probes.add(base.withBody("valid body as text/plain", "text/plain", bytes(text)));
        probes.add(base.withBody("no content type", null, bytes(text)));
        for (Map.Entry<String, JsonNode> field : leaves(baseBody, "").entrySet()) {
            for (Map.Entry<String, JsonNode> bad : badValues(field.getValue()).entrySet()) {
                JsonNode copy = baseBody.deepCopy();
                replace(copy, field.getKey(), bad.getValue());
                String body = RAW_TOKEN.matcher(copy.toString()).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
                probes.add(base.withBody(field.getKey() + " " + bad.getKey(), type, bytes(body)));
            }
        }
        return probes;
    }

    /** Every property (through the first element of arrays), with its JSON pointer, three levels deep. */
    private static Map<String, JsonNode> leaves(JsonNode node, String pointer) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        if (pointer.chars().filter(c -> c == '/').count() > 3) {
            return found;
        }
        if (node.isObject()) {
            node.forEachEntry((name, value) -> {
                String child = pointer + "/" + OpenApiDocument.escape(name);
                found.put(child, value);
                found.putAll(leaves(value, child));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            found.put(pointer + "/0", node.get(0));
            found.putAll(leaves(node.get(0), pointer + "/0"));
        }
        return found;
    }

    /** The wrong values for a field that holds {@code value}: null, another JSON type, and the type's extremes. */
    private static Map<String, JsonNode> badValues(JsonNode value) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        bad.put("null", NODES.nullNode());
        if (value.isString()) {
            bad.put("as a number", NODES.numberNode(12345));
            bad.put("with NUL", NODES.stringNode("a\u0000b"));
            bad.put("with a control character", NODES.stringNode("a\u0001b\u001Fc"));
            bad.put("of 100000 characters", NODES.stringNode("x".repeat(100_000)));
            String text = value.stringValue();
            if (text.matches("\\d{4}-\\d\\d-\\d\\d")) {
                bad.put("+999999999-12-31", NODES.stringNode("+999999999-12-31"));
                bad.put("+584556079-01-01", NODES.stringNode("+584556079-01-01"));
                bad.put("2022-02-30", NODES.stringNode("2022-02-30"));
            } else if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
                bad.put("+999999999-12-31T20:00:00Z", NODES.stringNode("+999999999-12-31T20:00:00Z"));
                bad.put("without offset", NODES.stringNode(text.substring(0, 19)));
            } else if (text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                bad.put("unknown id", NODES.stringNode(UUID.randomUUID().toString()));
                bad.put("not-a-uuid", NODES.stringNode("not-a-uuid"));
            }
        } else if (value.isNumber()) {
            bad.put("as a string", NODES.stringNode("x"));
            bad.put("2147483647", NODES.numberNode(Integer.MAX_VALUE));
            bad.put("-2147483648", NODES.numberNode(Integer.MIN_VALUE));
            bad.put("9223372036854775808", NODES.stringNode(RAW + "9223372036854775808@@"));
            bad.put("1e-999999999", NODES.stringNode(RAW + "1e-999999999@@"));
            bad.put("1e999999999", NODES.stringNode(RAW + "1e999999999@@"));
            bad.put("1.5", NODES.numberNode(1.5));
            bad.put("-1", NODES.numberNode(-1));
        } else if (value.isBoolean()) {
            bad.put("as a string", NODES.stringNode("yes"));
            bad.put("as a number", NODES.numberNode(1));
        } else if (value.isArray()) {
            bad.put("as a string", NODES.stringNode("x"));
            bad.put("[null]", NODES.arrayNode().addNull());
            bad.put("of 10000 elements", repeat(value.isEmpty() ? NODES.stringNode("x") : value.get(0), 10_000));
        } else if (value.isObject()) {
            bad.put("as a string", NODES.stringNode("x"));
            bad.put("as an array", NODES.arrayNode());
        }
        return bad;
    }

    private static JsonNode repeat(JsonNode element, int times) {
        var array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, slash).isEmpty() ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("garbage", "Bearer garbage");
        tokens.put("empty bearer", "Bearer ");
        tokens.put("three garbage parts", "Bearer a.b.c");
        tokens.put("basic", "Basic dXNlcjpwYXNz");
        tokens.put("expired", TokenVariants.expired());
        tokens.put("wrong signature", TokenVariants.wrongSignature());
        tokens.put("numeric division claim", TokenVariants.numericDivision());
        tokens.put("groups not a list", TokenVariants.groupsNotAList());
        tokens.put("national-admin", DevTokens.bearer("national-admin", null));
        tokens.put("provincial-officer 320000", DevTokens.bearer("provincial-officer", "320000"));
        tokens.put("local-officer 320100", DevTokens.bearer("local-officer", "320100"));
        tokens.put("certification-body CB-0001", "Bearer " + DevTokens.load().issue("certification-body", null,
                "CB-0001"));
        tokens.put("partner", DevTokens.bearer("partner", null));
        tokens.put("unknown role", DevTokens.bearer("janitor", null));
        return tokens;
    }

    private static final int LARGE_BODY = 64 * 1024;

    private void send(Operation operation, Probe probe, Report report) {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false);
        if (probe.authorization() != null) {
            request.header("Authorization", probe.authorization());
        }
        if (probe.withIfMatch()) {
            String etag = currentEtag(operation, probe);
            if (etag != null) {
                request.header("If-Match", etag);
            }
        }
        if (probe.body() != null) {
            if (probe.contentType() != null) {
                request.contentType(probe.contentType());
            }
            request.body(probe.body());
            if (probe.body().length > LARGE_BODY) {
                // a server may refuse a large body by its declared length (413) and close the connection before
                // reading it; asking for 100-continue gets that answer before the body is sent, not a broken pipe
                request.config(RestAssured.config().httpClient(
                        HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true)));
            }
        }
        String target = probe.path() + (probe.query().isEmpty() ? "" : "?" + probe.query());
        report.requests++;
        try {
            Response response = request.request(operation.method(), target);
            int status = response.statusCode();
            String type = OpenApiContract.mediaType(response.contentType());
            if (status >= 500) {
                report.serverErrors.add(new Finding(operation.label(), probe.input(), target, status,
                        abbreviate(response.asString(), 320)));
            } else if (status >= 400 && !type.equals("application/problem+json")) {
                report.notProblems.add(new Finding(operation.label(), probe.input(), target, status, type));
            }
        } catch (Exception e) { // RestAssured's Groovy rethrows IOException unchecked and undeclared
            report.transportErrors.add(new Finding(operation.label(), probe.input(), target, 0, String.valueOf(e)));
        }
    }

    /** The ETag of the resource a PUT or PATCH changes: its own path, or the nearest one above it with a GET. */
    private String currentEtag(Operation operation, Probe probe) {
        String path = probe.path();
        String template = operation.template();
        while (template.lastIndexOf('/') > 0) {
            String candidate = template;
            if (contract.document().operations().stream()
                    .anyMatch(op -> op.method().equals("GET") && op.template().equals(candidate))) {
                Response response = RestAssured.given().urlEncodingEnabled(false)
                        .header("Authorization", probe.authorization() == null ? defaultCaller : probe.authorization())
                        .get(path);
                return response.statusCode() == 200 ? response.header("ETag") : null;
            }
            template = template.substring(0, template.lastIndexOf('/'));
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return null;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String queryString(Map<String, String> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return query.toString();
    }

    private static String asParameter(JsonNode value) {
        if (value.isArray() && !value.isEmpty()) {
            return asParameter(value.get(0));
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String name) {
        return NODES.stringNode(name).toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 60);
    }

    private static String abbreviate(String text, int limit) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > limit ? flat.substring(0, limit - 20) + "…(" + flat.length() + " chars)" : flat;
    }

    /** One answer worth reporting. */
    public record Finding(String operation, String input, String request, int status, String detail) {

        @Override
        public String toString() {
            return operation + " | " + input + " | " + abbreviate(request, 100) + " → " + status
                    + (detail == null || detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** What a sweep found. */
    public static final class Report {
        private final String service;
        private final int operations;
        private int requests;
        private final List<Finding> serverErrors = new ArrayList<>();
        private final List<Finding> notProblems = new ArrayList<>();
        private final List<Finding> transportErrors = new ArrayList<>();
        private final Set<String> contractViolations = new LinkedHashSet<>();

        Report(String service, int operations) {
            this.service = service;
            this.operations = operations;
        }

        public int requests() {
            return requests;
        }

        public List<Finding> serverErrors() {
            return List.copyOf(serverErrors);
        }

        public List<Finding> notProblems() {
            return List.copyOf(notProblems);
        }

        public Set<String> contractViolations() {
            return Set.copyOf(contractViolations);
        }

        public String summary() {
            return "bad-input sweep of " + service + ": " + requests + " requests over " + operations + " operations; "
                    + serverErrors.size() + " answered 5xx, " + notProblems.size()
                    + " 4xx not application/problem+json, " + transportErrors.size() + " failed on the wire, "
                    + contractViolations.size() + " distinct contract violations";
        }

        /** Fails listing every 5xx, non-problem 4xx and wire failure, and (unless report-only) the violations. */
        public void assertClean() {
            boolean violated = !contractViolations.isEmpty() && !ContractFilter.reportOnly();
            if (serverErrors.isEmpty() && notProblems.isEmpty() && transportErrors.isEmpty() && !violated) {
                return;
            }
            throw new AssertionError(details(violated));
        }

        private String details(boolean withViolations) {
            StringBuilder text = new StringBuilder(summary());
            section(text, "5xx answers (operation | input | request → status body)", serverErrors);
            section(text, "4xx answers that are not application/problem+json", notProblems);
            section(text, "requests that failed on the wire", transportErrors);
            if (withViolations) {
                section(text, "contract violations (see also target/openapi-contract/)", contractViolations);
            }
            return text.toString();
        }

        private static void section(StringBuilder text, String title, java.util.Collection<?> items) {
            if (!items.isEmpty()) {
                text.append("\n").append(title).append(":");
                items.forEach(item -> text.append("\n  - ").append(item));
            }
        }

        void write() {
            try {
                Path dir = Path.of("target", "openapi-contract");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(service + "-bad-input.txt"), details(true), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                // only a convenience
            }
        }
    }
}
