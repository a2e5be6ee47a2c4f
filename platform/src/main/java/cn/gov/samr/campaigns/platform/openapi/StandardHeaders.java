package cn.gov.samr.campaigns.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers the services answer, described once: an annotation names a header ({@code @Header(name =
 * "ETag")}) and every answer carrying it refers to the one component here.
 */
final class StandardHeaders {

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("ETag", "The version of the representation (a JSON resource's version, or a file's SHA-256); send "
                + "it in If-Match to change the resource, or in If-None-Match to revalidate a copy");
        KNOWN.put("Location", "The address of the resource just created");
        KNOWN.put("Last-Modified", "When the file was uploaded, or when what a public list or feed shows last changed "
                + "(HTTP date); send it in If-Modified-Since to revalidate a copy");
        KNOWN.put("Content-Range", "The bytes sent and the file's size, e.g. bytes 0-1023/4096; bytes */4096 on a 416");
        KNOWN.put("Accept-Ranges", "Always bytes: a download can be resumed with Range");
        KNOWN.put("Content-Disposition", "attachment, with the file name in ASCII and as UTF-8 (RFC 6266)");
        KNOWN.put("Cache-Control", "Anonymous public reads: public, max-age=60 (configurable); public files: public, "
                + "no-cache; files for officials: private, no-cache; any other answer to a request with credentials: "
                + "private, no-store");
        KNOWN.put("Vary", "The request headers the answer depends on: Authorization (anonymous answers only are "
                + "public), and Accept where the operation offers several media types");
        KNOWN.put("WWW-Authenticate", "Bearer: a bearer token (JWT) is required");
    }

    private StandardHeaders() {
    }

    /** Replaces each known header of the response by a reference to its component, registering the component. */
    static void normalise(APIResponse response, Components components) {
        if (response.getHeaders() == null) {
            return;
        }
        Map<String, Header> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, header) -> {
            String known = canonical(name);
            if (known == null) {
                headers.put(name, header);
            } else {
                register(known, components);
                headers.put(known, OASFactory.createHeader().ref("#/components/headers/" + known));
            }
        });
        response.setHeaders(headers);
    }

    static void add(APIResponse response, String name, Components components) {
        register(name, components);
        response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
    }

    static boolean has(APIResponse response, String name) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream()
                .anyMatch(h -> h.equalsIgnoreCase(name));
    }

    private static void register(String name, Components components) {
        if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
            components.addHeader(name, OASFactory.createHeader().description(KNOWN.get(name))
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    private static String canonical(String name) {
        return KNOWN.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
