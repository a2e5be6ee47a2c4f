package cn.gov.samr.campaigns.platform.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Conditional GET for every answer that carries an ETag: when If-None-Match names it (weak comparison, lists and
 * {@code *}, RFC 9110 §13.1.2) the answer becomes 304 without a body, keeping its ETag and caching headers. Written
 * once here so that no resource has to remember it; answers that decide it themselves (file downloads, 206) are not
 * 200 and pass untouched.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag etag = response.getEntityTag();
        if (ifNoneMatch == null || etag == null || !EntityTags.noneMatchHolds(ifNoneMatch, etag.getValue())) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }
}
