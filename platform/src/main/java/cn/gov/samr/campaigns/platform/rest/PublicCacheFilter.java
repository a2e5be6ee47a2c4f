package cn.gov.samr.campaigns.platform.rest;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * HTTP caching, written once for every service.
 *
 * <ul>
 * <li>An anonymous GET of a public read ({@link PublicCache}) gets a weak ETag (the version of its scopes and the
 * representation chosen), Last-Modified, {@code Cache-Control: public, max-age=60} ({@code platform.cache.public-max-age})
 * and {@code Vary}; If-None-Match (or, without it, If-Modified-Since) that still holds is answered 304 here, before
 * the resource runs: one primary-key read instead of the query and the body.</li>
 * <li>Every answer to a request with credentials is {@code Cache-Control: private, no-store} unless the resource set
 * its own (file downloads revalidate with {@code private, no-cache}): what one caller may see must never be served
 * to another by a shared cache, and conditional GETs are for anonymous answers only, so that an ETag never stands for
 * two callers' different views of one list.</li>
 * </ul>
 *
 * If-Modified-Since has the one-second resolution of HTTP dates, so two changes within one second can be told apart
 * only by the ETag; RFC 9110 gives If-None-Match precedence for that reason, and so does this filter.
 */
public class PublicCacheFilter {

    private static final String FRESHNESS = PublicCacheFilter.class.getName() + ".freshness";
    static final String PUBLIC_PREFIX = "public, max-age=";
    static final String PRIVATE = "private, no-store";

    private record Freshness(EntityTag etag, Instant lastModified, boolean negotiated) {
    }

    private record Declared(List<String> scopes, List<String> produces) {
    }

    private final PublicVersions versions;
    private final Clock clock;
    private final String publicCacheControl;
    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    public PublicCacheFilter(PublicVersions versions, PublicCacheConfig config, Clock clock) {
        this.versions = versions;
        this.clock = clock;
        this.publicCacheControl = PUBLIC_PREFIX + config.publicMaxAge().toSeconds();
    }

    /** After the parameter checks (a bad query is a 400, never a 304). */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !isRead(request) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Declared declaration = declared.computeIfAbsent(method, PublicCacheFilter::declarationOf);
        if (declaration.scopes().isEmpty()) {
            return null;
        }
        PublicVersions.Version version = versions.of(declaration.scopes());
        String variant = MediaTypes.choose(request.getHeaderString(HttpHeaders.ACCEPT), declaration.produces());
        String tag = version.counter() + "-" + token(variant);
        Instant lastModified = version.changedAt();
        if (declaration.scopes().contains(PublicCache.TODAY)) {
            // the answer also depends on the China day (what is current today): a new day is a new version
            LocalDate today = LocalDate.now(clock.withZone(ChinaClock.ZONE));
            tag += "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
            Instant midnight = today.atStartOfDay(ChinaClock.ZONE).toInstant();
            lastModified = lastModified.isAfter(midnight) ? lastModified : midnight;
        }
        Freshness freshness = new Freshness(new EntityTag(tag, true), lastModified.truncatedTo(ChronoUnit.SECONDS),
                declaration.produces().size() > 1);
        request.setProperty(FRESHNESS, freshness);
        if (!unchanged(request, freshness)) {
            return null;
        }
        Response.ResponseBuilder notModified = Response.notModified(freshness.etag())
                .lastModified(Date.from(freshness.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, publicCacheControl)
                .header(HttpHeaders.VARY, vary(freshness));
        return notModified.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            return;
        }
        Object property = request.getProperty(FRESHNESS);
        if (!(property instanceof Freshness freshness) || response.getStatus() != 200) {
            return;
        }
        if (response.getEntityTag() == null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, freshness.etag());
        }
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Date.from(freshness.lastModified()));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, publicCacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, vary(freshness));
    }

    /** If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since, when it is a date. */
    private static boolean unchanged(ContainerRequestContext request, Freshness freshness) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return EntityTags.noneMatchHolds(ifNoneMatch, freshness.etag().getValue());
        }
        Instant since = httpDate(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
        return since != null && !freshness.lastModified().isAfter(since);
    }

    /** An HTTP date (IMF-fixdate, which is what every client sends back); anything else is ignored (RFC 9110 §13.1.3). */
    static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /** The answer differs by Accept where the operation negotiates, and by credentials always (see the class). */
    private static String vary(Freshness freshness) {
        return freshness.negotiated() ? "Accept, Authorization" : "Authorization";
    }

    /** A short tag for the representation inside the ETag, e.g. json, calendar, geo+json. */
    private static String token(String mediaType) {
        return MediaType.valueOf(mediaType).getSubtype();
    }

    private static Declared declarationOf(Method method) {
        List<String> scopes = PublicCache.scopesOf(method);
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        List<String> types = produces == null ? List.of(MediaType.APPLICATION_JSON)
                : java.util.Arrays.stream(produces.value()).flatMap(v -> java.util.Arrays.stream(v.split(",")))
                        .map(String::strip).toList();
        return new Declared(scopes, types);
    }
}
