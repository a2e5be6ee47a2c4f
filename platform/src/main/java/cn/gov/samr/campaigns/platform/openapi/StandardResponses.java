package cn.gov.samr.campaigns.platform.openapi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers an operation gives because of what it is, not what it does (brief contract 3): 400 when it reads
 * input, 401/403 when it is secured, 404 when it names a resource in its path, 409 when it writes (a state that
 * does not allow it, or a concurrent change), 412/428 when it takes If-Match, 304 when its answer has an ETag, 415
 * when it reads a body, 413 when that body is JSON (platform's JsonBodyLimit), and the {@code default} problem for the bugs. Every error answer is the one Problem.
 */
final class StandardResponses {

    private static final String DEFAULT = APIResponses.DEFAULT;
    /** What Quarkus writes on the 401 and 403 it adds to secured operations: says less than ours. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("Not Authorized", "Not Allowed");

    private StandardResponses() {
    }

    static void complete(HttpMethod method, Operation op, Components components) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        boolean body = op.getRequestBody() != null;
        SecurityDeclaration.Kind security = SecurityDeclaration.of(op);
        Parameter ifMatch = header(parameters, "If-Match");
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;

        if (body || !parameters.isEmpty()) {
            ensure(responses, "400", "Invalid input: errors names each bad field of the body and each bad query, path "
                    + "or header parameter");
        }
        if (body) {
            ensure(responses, "415", "The body is not of a media type this operation takes");
        }
        if (body && takesJson(op)) {
            ensure(responses, "413", "The JSON body is larger than platform.http.max-json-body (1 MB unless "
                    + "configured otherwise); refused before it is read");
        }
        if (security != SecurityDeclaration.Kind.ANONYMOUS) {
            ensure(responses, "401", "The bearer token is missing, expired, forged, or has a malformed claim");
            StandardHeaders.add(responses.getAPIResponse("401"), "WWW-Authenticate", components);
        }
        if (security == SecurityDeclaration.Kind.REQUIRED) {
            ensure(responses, "403", "The caller's role, or its jurisdiction (division claim), does not allow this");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            ensure(responses, "404", "No such resource, or none the caller may know of");
        }
        if (write) {
            ensure(responses, "409", "The resource's state does not allow this, or a concurrent change came first; "
                    + "read it again");
        }
        if (ifMatch != null) {
            ifMatch.description("The ETag of the version read; the change applies only to that version");
            ensure(responses, "412", "If-Match names another version than the current one; read it again");
            if (method == HttpMethod.PUT || method == HttpMethod.PATCH) {
                ifMatch.required(true);
                ensure(responses, "428", "If-Match is missing: read the resource, then send its ETag in If-Match");
            }
        }
        if (method == HttpMethod.GET && StandardHeaders.has(responses.getAPIResponse("200"), "Accept-Ranges")) {
            resumableDownload(op, parameters, responses, components);
        }
        if (method == HttpMethod.GET && publicCache(op)) {
            cacheablePublicRead(op, parameters, responses, components);
        }
        if (method == HttpMethod.GET && hasEtag(responses)) {
            conditionalGet(op, parameters, responses, components);
        }
        ensure(responses, DEFAULT, "An unexpected error (a bug); it has been logged");

        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals(DEFAULT)) {
                response.setContent(ProblemSchemas.content());
            }
            StandardHeaders.normalise(response, components);
        });
        responses.setAPIResponses(sorted(responses.getAPIResponses()));
        op.setResponses(responses);
    }

    /**
     * A file download whose whole answer says {@code Accept-Ranges: bytes} (platform's BlobDownloads): one byte
     * range (206, or 416 outside the file), If-Range to resume only the same file, and revalidation by date as well.
     */
    private static void resumableDownload(Operation op, List<Parameter> parameters, APIResponses responses,
            Components components) {
        headerParameter(op, parameters, "Range", "One byte range, e.g. bytes=1048576-");
        headerParameter(op, parameters, "If-Range", "The ETag or Last-Modified of the partial copy: the range "
                + "applies only if the file is still that one, otherwise the whole file comes");
        headerParameter(op, parameters, "If-Modified-Since", "304 if the file was not changed since (ignored when "
                + "If-None-Match is sent)");
        APIResponse whole = responses.getAPIResponse("200");
        if (responses.getAPIResponse("206") == null) {
            APIResponse partial = OASFactory.createAPIResponse().description("The requested byte range")
                    .content(whole.getContent());
            whole.getHeaders().keySet().forEach(name -> StandardHeaders.add(partial, name, components));
            StandardHeaders.add(partial, "Content-Range", components);
            responses.addAPIResponse("206", partial);
        }
        ensure(responses, "304", "Unchanged since If-None-Match / If-Modified-Since");
        if (!StandardHeaders.has(responses.getAPIResponse("304"), "Last-Modified")) {
            StandardHeaders.add(responses.getAPIResponse("304"), "Last-Modified", components);
        }
        ensure(responses, "416", "A range outside the file");
        StandardHeaders.add(responses.getAPIResponse("416"), "Content-Range", components);
        StandardHeaders.add(responses.getAPIResponse("416"), "Accept-Ranges", components);
    }

    private static void headerParameter(Operation op, List<Parameter> parameters, String name, String description) {
        if (header(parameters, name) == null) {
            op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description)
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    /**
     * A public read marked with {@code x-public-cache} (platform PublicCache): its 200 carries ETag, Last-Modified,
     * Cache-Control and Vary, and If-None-Match or If-Modified-Since that still holds gives 304. The marker itself
     * is an implementation detail and leaves the document.
     */
    private static void cacheablePublicRead(Operation op, List<Parameter> parameters, APIResponses responses,
            Components components) {
        op.removeExtension(PUBLIC_CACHE);
        // SmallRye also copies a method's extensions onto its responses when it has several @APIResponse
        responses.removeExtension(PUBLIC_CACHE);
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            return;
        }
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
            if (!StandardHeaders.has(ok, header)) {
                StandardHeaders.add(ok, header, components);
            }
        }
        headerParameter(op, parameters, "If-Modified-Since", "304 if nothing it shows changed since this HTTP date "
                + "(ignored when If-None-Match is sent); anonymous requests only");
        ensure(responses, "304", "Not modified: the copy named in If-None-Match (or dated by If-Modified-Since) is "
                + "current");
        APIResponse notModified = responses.getAPIResponse("304");
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
            if (!StandardHeaders.has(notModified, header)) {
                StandardHeaders.add(notModified, header, components);
            }
        }
    }

    private static boolean publicCache(Operation op) {
        return op.getExtensions() != null && op.getExtensions().containsKey(PUBLIC_CACHE);
    }

    /** cn.gov.samr.campaigns.platform.rest.PublicCache.EXTENSION (the openapi package does not depend on rest). */
    private static final String PUBLIC_CACHE = "x-public-cache";

    private static void conditionalGet(Operation op, List<Parameter> parameters, APIResponses responses,
            Components components) {
        headerParameter(op, parameters, "If-None-Match", "The ETag of a copy already held: 304 if it is still current");
        ensure(responses, "304", "Not modified: the copy named in If-None-Match is current");
        APIResponse notModified = responses.getAPIResponse("304");
        if (!StandardHeaders.has(notModified, "ETag")) {
            StandardHeaders.add(notModified, "ETag", components);
        }
    }

    private static boolean takesJson(Operation op) {
        return op.getRequestBody().getContent() != null && op.getRequestBody().getContent().getMediaTypes() != null
                && op.getRequestBody().getContent().getMediaTypes().keySet().stream()
                        .anyMatch(type -> type.equals("application/json") || type.endsWith("+json"));
    }

    private static boolean hasEtag(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && StandardHeaders.has(e.getValue(), "ETag"));
    }

    private static void ensure(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || GENERIC.contains(response.getDescription())) {
            response.setDescription(description);
        }
    }

    private static Parameter header(List<Parameter> parameters, String name) {
        return parameters.stream().filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    /** Successes first, then redirections and errors by code, the default last. */
    private static Map<String, APIResponse> sorted(Map<String, APIResponse> responses) {
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        responses.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().equals(DEFAULT) ? "999" : e.getKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
