package cn.gov.samr.campaigns.report.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;
import cn.gov.samr.campaigns.report.domain.Attachment;
import cn.gov.samr.campaigns.report.service.AttachmentService;
import cn.gov.samr.campaigns.report.service.ReportContent.AttachmentEntry;
import io.smallrye.common.annotation.Blocking;

/** Photos and videos of a report (音视频资料): streamed upload and download. */
@Path("/api/v1/reports/{id}/attachments")
@Tag(name = "Reports")
public class AttachmentResource {

    private final AttachmentService service;
    private final ReportAccess access;
    private final BlobDownloads downloads;

    public AttachmentResource(AttachmentService service, ReportAccess access, BlobDownloads downloads) {
        this.service = service;
        this.access = access;
        this.downloads = downloads;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "uploadReportAttachment",
            summary = "Upload a photo (JPEG, PNG, WebP) or video (MP4, QuickTime) as the raw request body",
            description = "The body is streamed to storage, never held in memory; its type is judged from its "
                    + "bytes, its SHA-256 computed on the way. consent (how the people shown agreed) is required, "
                    + "licence (who holds the rights, how it may be used) and caption are optional.")
    @RequestBody(required = true, content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored and recorded", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentEntry.class)))
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    @APIResponse(responseCode = "413", description = "Larger than report-service.attachments.max-bytes")
    @Parameter(name = "fileName", in = ParameterIn.QUERY, required = true, description = "The file name, at most 255 characters")
    @Parameter(name = "caption", in = ParameterIn.QUERY, description = "A caption, at most 500 characters")
    @Parameter(name = "consent", in = ParameterIn.QUERY, required = true,
            description = "How the consent of the people shown was obtained, at most 2000 characters")
    @Parameter(name = "licence", in = ParameterIn.QUERY, description = "Who holds the rights and how it may be used")
    @APIResponse(responseCode = "415", description = "Neither a photo nor a video")
    public Response upload(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
            @QueryParam("caption") String caption, @QueryParam("consent") String consent,
            @QueryParam("licence") String licence, InputStream body) {
        InvalidInputException.collect()
                .check(fileName != null && !fileName.isBlank() && fileName.length() <= 255, "fileName",
                        "a file name of at most 255 characters is required")
                .check(consent != null && !consent.isBlank() && consent.length() <= 2000, "consent",
                        "say how the consent of the people shown was obtained (at most 2000 characters)")
                .check(licence == null || licence.length() <= 2000, "licence", "at most 2000 characters")
                .check(caption == null || caption.length() <= 500, "caption", "at most 500 characters")
                .throwIfAny();
        access.obligation(id);
        Attachment a = service.upload(id, body, new AttachmentService.Description(fileName.strip(), caption,
                consent.strip(), licence), access.caller());
        return Response.created(URI.create("/api/v1/reports/" + id + "/attachments/" + a.id))
                .entity(AttachmentService.entry(a)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "listReportAttachments",
            summary = "The report's attachments with their size, type, SHA-256, consent and licence notes")
    public List<AttachmentEntry> list(@PathParam("id") UUID id) {
        access.obligation(id);
        return service.of(id).stream().map(AttachmentService::entry).toList();
    }

    @GET
    @Path("/{attachmentId}/content")
    @Blocking
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "downloadReportAttachment",
            summary = "Download an attachment (ETag is its SHA-256; Range requests resume)")
    @APIResponse(responseCode = "200", description = "The whole file, in its own media type",
            headers = { @Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Accept-Ranges"), @Header(name = "Content-Disposition") },
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Parameter(name = "attachmentId", in = ParameterIn.PATH, description = "The attachment's id")
    public Response content(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @Context HttpHeaders headers) {
        access.obligation(id);
        return downloads.serve(AttachmentService.blob(service.attachment(id, attachmentId)), headers).response()
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({ Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "deleteReportAttachment",
            summary = "Remove an attachment from a report that can still be changed")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    @Parameter(name = "attachmentId", in = ParameterIn.PATH, description = "The attachment's id")
    public Response remove(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        access.obligation(id);
        service.remove(id, attachmentId);
        return Response.noContent().build();
    }
}
