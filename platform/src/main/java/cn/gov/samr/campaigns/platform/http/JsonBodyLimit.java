package cn.gov.samr.campaigns.platform.http;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.rest.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a JSON body that says it is larger than {@code platform.http.max-json-body} with 413 before a byte of it
 * is read: at the HTTP layer, ahead of Quarkus' own body limit (which stays high for the streamed uploads) and
 * before {@code Expect: 100-continue} is answered, so a well-behaved client does not even send it. A body that
 * does not say its length (chunked) is counted while it is parsed instead ({@link JsonBodyCounter}).
 */
@ApplicationScoped
public class JsonBodyLimit {

    static final String PROBLEM_TYPE = "https://certification-campaigns.samr.gov.cn/problems/payload-too-large";

    private final ObjectMapper json;
    private final long max;
    private final long maxBody;

    public JsonBodyLimit(ObjectMapper json, HttpLimitsConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.json = json;
        this.max = config.maxJsonBody().asLongValue();
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = declaredLength(request);
        if (length > max && isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(context, detail(max));
        } else if (length > maxBody) {
            // Quarkus' own limit would answer the same 413 without a body: the problem says why
            refuse(context, "A request body may be at most " + maxBody + " bytes.");
        } else {
            context.next();
        }
    }

    /**
     * The answer, then the connection closed: the unread body would otherwise be read to its end before the next
     * request on it.
     */
    private void refuse(RoutingContext context, String detail) {
        Problem problem = new Problem(URI.create(PROBLEM_TYPE), "Payload too large", 413, detail,
                context.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body)
                .onComplete(written -> closeIfHttp1(context.request()));
    }

    /**
     * HTTP/1.x only: an HTTP/2 connection carries other requests' streams, and a stream's unread body is flow
     * controlled, never read.
     */
    static void closeIfHttp1(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
        }
    }

    static String detail(long max) {
        return "A JSON body may be at most " + max + " bytes.";
    }

    /** -1 when the request does not say (chunked, or no body). */
    static long declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** application/json and every application/*+json (merge-patch, problem), whatever the parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase();
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }
}
