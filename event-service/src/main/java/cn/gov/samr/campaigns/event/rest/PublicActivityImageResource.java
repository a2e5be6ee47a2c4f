package cn.gov.samr.campaigns.event.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.service.ActivityService;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;

/** A public announced activity's photo or poster, to anyone: the path {@code PublicActivity.image} names. */
@Path("/api/v1/public/activities/{id}/image")
@PermitAll
@Tag(name = "Public activities", description = "Published public activities, anonymous: JSON, iCalendar, GeoJSON")
public class PublicActivityImageResource {

    private final ActivityService service;
    private final BlobDownloads blobs;

    public PublicActivityImageResource(ActivityService service, BlobDownloads blobs) {
        this.service = service;
        this.blobs = blobs;
    }

    @GET
    @Operation(operationId = "downloadPublicActivityImage",
            summary = "A public announced activity's image, to anyone",
            description = "The path PublicActivity.image names. With ETag (the SHA-256), Last-Modified, conditional "
                    + "GET (304) and a single byte Range (206, 416); shared caches may keep it and revalidate.")
    @ActivityImageResource.ImageAnswer
    @APIResponse(responseCode = "404", description = "No such public announced activity, or no image yet")
    public Response getPublic(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return ActivityImageResource.serve(blobs, service.publicOne(id), headers, "public, no-cache");
    }

}
