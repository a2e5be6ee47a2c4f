package cn.gov.samr.campaigns.harness.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;

import cn.gov.samr.campaigns.harness.contract.OpenApiDocument.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A service's contract as it serves it at {@code /q/openapi?format=json}, and the check of one answer against it:
 * the operation must exist, the status must be documented (or a {@code default} answer), the content type must be
 * one the answer documents, and a JSON body must validate against the documented schema. Other bodies (calendar,
 * CSV, PDF, raw files) are checked for status and content type only.
 */
public final class OpenApiContract {

    /** Answers larger than this are not parsed as JSON (no JSON answer of these services comes near it). */
    private static final int MAX_JSON_BYTES = 8 * 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 12;
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("/\\d+(?=[/:\\s]|$)");
    private static final Map<String, OpenApiContract> SERVED = new ConcurrentHashMap<>();

    private final String service;
    private final OpenApiDocument document;

    OpenApiContract(String service, OpenApiDocument document) {
        this.service = service;
        this.document = document;
    }

    /** The contract the application at {@code origin} (e.g. {@code http://localhost:41234}) serves, fetched once. */
    public static OpenApiContract servedAt(String origin) {
        return SERVED.computeIfAbsent(origin, OpenApiContract::fetch);
    }

    public String service() {
        return service;
    }

    public OpenApiDocument document() {
        return document;
    }

    /** The outcome of one check: the operation it was matched to (or the request line) and what is wrong. */
    public record Check(String operation, List<String> violations) {
    }

    /**
     * Checks one answer. {@code rawPath} is the request path as sent (percent-encoded), without the query;
     * {@code contentType} the answer's header or null; {@code body} the answer's bytes (empty when none).
     */
    public Check check(String method, String rawPath, int status, String contentType, byte[] body) {
        return check(method, rawPath, status, contentType, body, null);
    }

    /**
     * As {@link #check(String, String, int, String, byte[])}, also holding the answer to the operation's declared
     * security when {@code withToken} is known: a 2xx to a request without a token is a violation when the
     * operation requires one, and a 401 to a request without a token when it declares none.
     */
    public Check check(String method, String rawPath, int status, String contentType, byte[] body, Boolean withToken) {
        Optional<Operation> found = document.find(method, rawPath);
        if (found.isEmpty() && "HEAD".equals(method)) {
            // RFC 9110 §9.3.2: HEAD is the GET without content, and JAX-RS answers it for every GET
            found = document.find("GET", rawPath);
        }
        if (found.isEmpty()) {
            String what = document.hasPath(rawPath) ? "method " + method + " is not documented for this path"
                    : "no path of the document matches " + rawPath;
            return new Check(method + " " + rawPath, List.of(what));
        }
        Operation operation = found.get();
        List<String> violations = new ArrayList<>();
        if (Boolean.FALSE.equals(withToken)) {
            boolean required = requiresToken(operation);
            if (required && status >= 200 && status < 300) {
                violations.add("status " + status + " without a token, but the document requires one (security)");
            } else if (declaresNoScheme(operation) && status == 401) {
                violations.add("status 401 without a token, but the document declares the operation anonymous");
            }
        }
        JsonNode responses = operation.responses();
        String code = String.valueOf(status);
        JsonNode response = responses.get(code);
        if (response == null) {
            response = responses.get(code.charAt(0) + "XX");
        }
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            violations.add("status " + status + " is not documented (documented: "
                    + String.join(", ", responses.propertyNames()) + ")");
            return new Check(operation.label(), violations);
        }
        String responsePointer = operation.pointer() + "/responses/"
                + (responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX" : "default");
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").stringValue().substring(1);
            response = document.resolve(response);
        }
        boolean noBody = body == null || body.length == 0;
        if ("HEAD".equals(method) || status == 304 || status == 204) {
            if (!noBody && status != 304 && !"HEAD".equals(method)) {
                violations.add("status " + status + " carries a body");
            }
            return new Check(operation.label(), violations);
        }
        JsonNode content = response.path("content");
        if (noBody) {
            if (content.isObject() && !content.isEmpty()) {
                violations.add("status " + status + ": empty body, the document promises "
                        + String.join(", ", content.propertyNames()));
            }
            return new Check(operation.label(), violations);
        }
        String mediaType = mediaType(contentType);
        if (!content.isObject() || content.isEmpty()) {
            violations.add("status " + status + ": a " + mediaType + " body, the document declares no content");
            return new Check(operation.label(), violations);
        }
        String documented = match(mediaType, content);
        if (documented == null) {
            violations.add("status " + status + ": content type " + mediaType + " is not documented (documented: "
                    + String.join(", ", content.propertyNames()) + ")");
            return new Check(operation.label(), violations);
        }
        if (!isJson(mediaType)) {
            return new Check(operation.label(), violations);
        }
        JsonNode schema = content.get(documented).get("schema");
        if (schema == null || (schema.isObject() && schema.isEmpty())) {
            violations.add("status " + status + " " + documented + ": no schema documented (a client sees Object)");
            return new Check(operation.label(), violations);
        }
        if (body.length > MAX_JSON_BYTES) {
            return new Check(operation.label(), violations);
        }
        JsonNode instance;
        try {
            instance = OpenApiDocument.JSON.readTree(body);
        } catch (JacksonException e) {
            violations.add("status " + status + ": the " + mediaType + " body is not JSON: " + e.getOriginalMessage());
            return new Check(operation.label(), violations);
        }
        String schemaPointer = responsePointer + "/content/" + OpenApiDocument.escape(documented) + "/schema";
        List<Error> errors = document.validator(schemaPointer).validate(instance);
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        for (Error error : errors) {
            distinct.add("status " + status + " " + documented + ": " + describe(error));
        }
        distinct.stream().limit(MAX_ERRORS_SHOWN).forEach(violations::add);
        if (distinct.size() > MAX_ERRORS_SHOWN) {
            violations.add("status " + status + ": " + (distinct.size() - MAX_ERRORS_SHOWN) + " more schema errors");
        }
        return new Check(operation.label(), violations);
    }

    /** Whether every security requirement of the operation (or the document's default) names a scheme. */
    private boolean requiresToken(Operation operation) {
        JsonNode security = operation.node().has("security") ? operation.node().get("security")
                : document.root().path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false; // {} : anonymous is one of the alternatives
            }
        }
        return true;
    }

    /**
     * Whether the operation is anonymous only ({@code security: []}); an optional token ({@code [{}, {bearer: []}]})
     * may still be refused 401 for what only officials see.
     */
    private boolean declaresNoScheme(Operation operation) {
        JsonNode security = operation.node().has("security") ? operation.node().get("security")
                : document.root().path("security");
        for (JsonNode requirement : security) {
            if (!requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The error with array indices folded ({@code /items/*}), so that one wrong field is one distinct line. */
    private static String describe(Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        String message = error.getMessage();
        String described = message.startsWith(location) ? message : location + ": " + message;
        return INDEX.matcher(described).replaceAll("/*");
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "(none)";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** The documented media type key the answer's type falls under: an exact key first, then wildcards. */
    private static String match(String mediaType, JsonNode content) {
        String wildcard = null;
        for (String key : content.propertyNames()) {
            String documented = mediaType(key);
            if (documented.equals(mediaType)) {
                return key;
            }
            if (documented.equals("*/*") || (documented.endsWith("/*")
                    && mediaType.startsWith(documented.substring(0, documented.length() - 1)))) {
                wildcard = key;
            }
        }
        return wildcard;
    }

    private static OpenApiContract fetch(String origin) {
        URI uri = URI.create(origin + "/q/openapi?format=json");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            OpenApiDocument document = OpenApiDocument.parse(response.body());
            String service = serviceName(document);
            keep(service, response.body());
            return new OpenApiContract(service, document);
        } catch (IOException e) {
            throw new IllegalStateException("cannot fetch the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The application name from the test's configuration, or the first word of the document's title. */
    private static String serviceName(OpenApiDocument document) {
        try {
            Optional<String> name = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.application.name", String.class);
            if (name.isPresent()) {
                return name.get();
            }
        } catch (RuntimeException | LinkageError e) {
            // no MicroProfile Config here: fall back to the title
        }
        String title = OpenApiDocument.text(document.root().path("info").path("title"));
        return title == null ? "service" : title.split("[\\s—]+")[0];
    }

    /** A copy of the document under target/ so that a failing check can be read against what was served. */
    private static void keep(String service, String json) {
        try {
            Path dir = Path.of("target", "openapi-contract");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(service + "-openapi.json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // only a convenience
        }
    }
}
