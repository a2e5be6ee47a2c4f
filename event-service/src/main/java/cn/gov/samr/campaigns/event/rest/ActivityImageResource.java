package cn.gov.samr.campaigns.event.rest;

import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.repository.CertificationBodyDirectory;
import cn.gov.samr.campaigns.event.service.ActivityService;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * An activity's photo or poster (活动照片或海报): stored by the bureau that runs it, shown on the public calendar. The
 * bytes live in the blob store (platform {@code BlobStore}) as the notices' signed files do; the type is judged from
 * the content, never from the name or Content-Type.
 */
@Path("/api/v1/activities/{id}/image")
@Tag(name = "Activities", description = "Activities the bureaus schedule under published campaigns")
public class ActivityImageResource {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String WEBP = "image/webp";

    /**
     * The 200 of both image GETs (this one and {@link PublicActivityImageResource}), which {@link #serve} answers:
     * written once here, and read by SmallRye OpenAPI from this composed annotation as if it were on the method.
     * Accept-Ranges is what makes platform's StandardResponses add the 206, 416, Range and If-Range.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(responseCode = "200", description = "The image", headers = { @Header(name = "ETag"),
            @Header(name = "Last-Modified"), @Header(name = "Accept-Ranges"), @Header(name = "Content-Disposition"),
            @Header(name = "Cache-Control") }, content = {
                    @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @interface ImageAnswer {
    }

    private final ActivityService service;
    private final CertificationBodyDirectory bodies;
    private final BlobDownloads blobs;

    public ActivityImageResource(ActivityService service, CertificationBodyDirectory bodies, BlobDownloads blobs) {
        this.service = service;
        this.bodies = bodies;
        this.blobs = blobs;
    }

    @PUT
    @Consumes({ JPEG, PNG, WEBP })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Blocking
    @Operation(operationId = "putActivityImage",
            summary = "Store the activity's photo or poster (JPEG, PNG or WebP, raw bytes); replaces the one before",
            description = "By an officer in whose jurisdiction the activity is (403 otherwise). The body is the image "
                    + "itself, streamed to storage; its type is judged from its content, whatever Content-Type says. "
                    + "At most event-service.activities.max-image-size (10 MB by default). Any time but after a "
                    + "cancellation: the photo of a completed activity often comes after it. Not a change of the "
                    + "plan: no If-Match, no history, no event.")
    @RequestBody(required = true, content = {
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = WEBP, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Stored; the activity with its image", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "An empty body")
    @APIResponse(responseCode = "409", description = "The activity is cancelled")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image; names the type found")
    public Response put(@PathParam("id") UUID id, InputStream body) {
        service.attachImage(id, body);
        Activity activity = service.get(id); // read again in this request's session: its collections load
        return Response.ok(ActivityView.of(activity, bodies, service.showsContact(activity))).tag(Versions.etag(activity.version)).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "downloadActivityImage",
            summary = "The activity's image, to whoever may read the activity",
            description = "With ETag (the SHA-256), Last-Modified, conditional GET (304) and a single byte Range "
                    + "(206, 416).")
    @ImageAnswer
    @APIResponse(responseCode = "404", description = "No such activity, one the caller may not read, or no image yet")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Activity activity = service.readable(service.get(id));
        return serve(blobs, activity, headers, "private, no-cache");
    }

    /** The stored image with ETag, Last-Modified, 304 and ranges; 404 when there is none yet. */
    static Response serve(BlobDownloads blobs, Activity activity, HttpHeaders headers, String cacheControl) {
        if (activity.imageKey == null) {
            throw new NotFoundProblem("Image of activity", activity.id);
        }
        BlobDownloads.Served served = blobs.serve(new BlobDownloads.Blob(activity.imageKey, activity.imageSizeBytes,
                activity.imageSha256, activity.imageMediaType, fileName(activity), activity.imageUploadedAt.toInstant()),
                headers);
        served.response().header("Cache-Control", cacheControl);
        return served.response().build();
    }

    private static String fileName(Activity a) {
        String extension = switch (a.imageMediaType) {
            case PNG -> ".png";
            case WEBP -> ".webp";
            default -> ".jpg";
        };
        return "activity-" + a.id + extension;
    }
}
