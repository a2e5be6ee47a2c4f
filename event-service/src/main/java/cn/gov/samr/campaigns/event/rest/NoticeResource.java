package cn.gov.samr.campaigns.event.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.domain.NoticeTerms;
import cn.gov.samr.campaigns.event.repository.NoticeRepository;
import cn.gov.samr.campaigns.event.service.NoticeService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.PublicCache;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Notices (通知) announcing campaigns: document number (文号), issuer, addressees, "
        + "text and the signed file (PDF or OFD); public once published")
// Writes but the file's are @Transactional here as well as in the service, so that the view is built while the
// notice's collections can still load; the file streams outside any transaction.
public class NoticeResource {

    private static final String PDF = "application/pdf";
    private static final String OFD = "application/ofd";

    private final NoticeService service;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Jurisdiction jurisdiction;
    private final BlobDownloads blobs;

    public NoticeResource(NoticeService service, Validator validator, SecurityIdentity identity,
            Jurisdiction jurisdiction, BlobDownloads blobs) {
        this.service = service;
        this.validator = validator;
        this.identity = identity;
        this.jurisdiction = jurisdiction;
        this.blobs = blobs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "createNotice", summary = "Draft a notice",
            description = "The notice starts as a draft that only the national office sees. Its document number is "
                    + "unique (409 when another notice has it); addressees are checked (provincial units by code), "
                    + "and so are the campaigns it announces.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeRequest.class)))
    @APIResponse(responseCode = "201", description = "Drafted", headers = { @Header(name = "Location"),
            @Header(name = "ETag") }, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown provincial units or campaigns")
    @APIResponse(responseCode = "409", description = "Another notice has this document number")
    public Response create(NoticeRequest request) {
        Notice notice = service.create(validTerms(request), jurisdiction.caller());
        return Response.created(URI.create("/api/v1/notices/" + notice.id)).entity(NoticeView.of(notice, true))
                .tag(Versions.etag(notice.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "updateNotice", summary = "Change a draft notice",
            description = "Replaces the draft's fields; send If-Match with the ETag you read. A published notice no "
                    + "longer changes (409): a correction is a notice of its own.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version's",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown provincial units or campaigns")
    @APIResponse(responseCode = "409", description = "The notice is published, or another notice has this number")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, NoticeRequest request) {
        NoticeTerms terms = validTerms(request);
        service.get(id); // 404 before 428
        Notice notice = service.update(id, terms, Versions.required(ifMatch, "notice"));
        return Response.ok(NoticeView.of(notice, true)).tag(Versions.etag(notice.version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "publishNotice", summary = "Publish a notice: public from now on, and no longer changed",
            description = "The campaigns it announces must be published (or closed) first. Publishing a published "
                    + "notice again changes nothing. The campaigns' views list it from now on.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "409", description = "A campaign it announces is still a draft")
    public Response publish(@PathParam("id") UUID id) {
        Notice notice = service.publish(id);
        return Response.ok(NoticeView.of(notice, true)).tag(Versions.etag(notice.version)).build();
    }

    @PUT
    @Path("/{id}/file")
    @Consumes({ PDF, OFD })
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Blocking
    @Operation(operationId = "putNoticeFile", summary = "Store the signed file of a notice (PDF or OFD, raw bytes)",
            description = "The body is the file itself, streamed to storage; its type is judged from its content "
                    + "(a PDF starts with %PDF-, an OFD is a ZIP with OFD.xml at its root), whatever Content-Type "
                    + "says. A draft's file may be replaced; a published notice takes its first file only. At most "
                    + "event-service.notices.max-file-size (50 MB by default).")
    @RequestBody(required = true, content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = OFD, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Stored; the notice with its file", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "An empty body")
    @APIResponse(responseCode = "409", description = "The notice is published with its file already")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Neither a PDF nor an OFD; names the type found")
    public Response putFile(@PathParam("id") UUID id, InputStream body) {
        service.attachFile(id, body);
        Notice notice = service.get(id); // read again in this request's session: its collections load
        return Response.ok(NoticeView.of(notice, true)).tag(Versions.etag(notice.version)).build();
    }

    @GET
    @Path("/{id}/file")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "downloadNoticeFile", summary = "Download the signed file; public once published",
            description = "With ETag (the SHA-256), Last-Modified, conditional GET (304) and a single byte Range "
                    + "(206, 416). A draft's file only for the national office.")
    @APIResponse(responseCode = "200", description = "The file, as application/pdf or application/ofd",
            headers = { @Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Accept-Ranges"),
                    @Header(name = "Content-Disposition"), @Header(name = "Cache-Control") },
            content = { @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = OFD, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such notice, not published yet, or no file yet")
    public Response file(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Notice notice = visible(service.get(id));
        if (notice.fileKey == null) {
            throw new NotFoundProblem("Signed file of notice", id);
        }
        BlobDownloads.Served served = blobs.serve(new BlobDownloads.Blob(notice.fileKey, notice.fileSizeBytes,
                notice.fileSha256, notice.fileMediaType, notice.fileName, notice.fileUploadedAt.toInstant()), headers);
        // a published notice is public and may sit in shared caches, revalidated by its ETag; a draft may not
        served.response().header("Cache-Control", notice.published() ? "public, no-cache" : "private, no-cache");
        return served.response().build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getNotice", summary = "One notice with its text; drafts only for the national office",
            description = "Public once published. The ETag is the notice's version: send it in If-Match to change "
                    + "a draft.")
    @APIResponse(responseCode = "200", description = "The notice", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice, or a draft")
    public Response get(@PathParam("id") UUID id) {
        Notice notice = visible(service.get(id));
        return Response.ok(NoticeView.of(notice, true)).tag(Versions.etag(notice.version)).build();
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Extension(name = PublicCache.EXTENSION, value = "notices")
    @Operation(operationId = "listNotices",
            summary = "Notices, newest issue first; published ones for everyone, drafts for the national office",
            description = "Without their text (GET /notices/{id} has it).")
    @APIResponse(responseCode = "200", description = "A page of notices")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only notices announcing this campaign")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The year the notice was issued, e.g. 2022")
    @Parameter(name = "documentNumber", in = ParameterIn.QUERY,
            description = "The notice with exactly this document number (文号)")
    public Page<NoticeView> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("documentNumber") String documentNumber,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        InvalidInputException.collect().check(documentNumber == null || documentNumber.length() <= 100,
                "documentNumber", "must be at most 100 characters").throwIfAny();
        Cursor after = Cursor.decode(cursor, Cursor.Key.DATE, Cursor.Key.UUID);
        NoticeRepository.Filter filter = new NoticeRepository.Filter(campaign, year,
                documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip(),
                NoticeService.visibleStatuses(isNationalAdmin()));
        List<NoticeView> rows = service.list(filter, after.date(0), after.uuid(1), limit + 1).stream()
                .map(n -> NoticeView.of(n, false)).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.issuedOn().toString(), v.id().toString()));
    }

    /** All errors at once: the fields, then the addressees and campaigns. */
    private NoticeTerms validTerms(NoticeRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a notice is required",
                validator);
        NoticeTerms terms = request == null ? null : request.terms();
        if (terms != null) {
            service.check(terms, errors);
        }
        errors.throwIfAny();
        return terms;
    }

    private Notice visible(Notice notice) {
        if (!NoticeService.visibleStatuses(isNationalAdmin()).contains(notice.status)) {
            throw new NotFoundProblem("Notice", notice.id);
        }
        return notice;
    }

    private boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }
}
