package cn.gov.samr.campaigns.material.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.material.service.MaterialFileService;
import cn.gov.samr.campaigns.material.service.MaterialService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.storage.BlobDownloads;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/materials")
@Tag(name = "Material files", description = "File versions of a material: upload, publish, download (resumable)")
public class MaterialFileResource {

    private final MaterialService materials;
    private final MaterialFileService files;
    private final DownloadService downloads;
    private final BlobDownloads blobs;
    private final Readers readers;

    public MaterialFileResource(MaterialService materials, MaterialFileService files, DownloadService downloads,
            BlobDownloads blobs, Readers readers) {
        this.materials = materials;
        this.files = files;
        this.downloads = downloads;
        this.blobs = blobs;
        this.readers = readers;
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Blocking
    @Operation(operationId = "uploadMaterialVersion", summary = "Upload a new file version (raw bytes)", description = "The body is the file itself, "
            + "streamed to storage; its type is judged from its content and must suit the material's kind (a video "
            + "MP4 or QuickTime, an annual report PDF or DOCX, …). Answers the version number, size and SHA-256. "
            + "The version becomes current when published.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored as the next version", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "413", description = "Larger than material-service.files.max-bytes")
    @APIResponse(responseCode = "415", description = "A type this kind of material does not take; names the type found")
    public Response upload(@PathParam("id") UUID id,
            @Parameter(description = "The file name downloaders get, e.g. 2022有机产品认证报告.pdf")
            @QueryParam("fileName") String fileName,
            InputStream body) {
        InvalidInputException.collect()
                .check(fileName != null && !fileName.isBlank(), "fileName", "is required")
                .check(fileName == null || fileName.length() <= 255, "fileName", "must be at most 255 characters")
                .check(fileName == null || !fileName.matches(".*[/\\\\\\p{Cntrl}].*"), "fileName",
                        "must be a plain file name, without slashes or control characters")
                .throwIfAny();
        MaterialFile file = files.upload(id, fileName.strip(), body, readers.caller());
        return Response.created(URI.create("/api/v1/materials/" + id + "/versions/" + file.version))
                .entity(FileView.of(file, materials.get(id).currentVersion)).build();
    }

    @POST
    @Path("/{id}/versions/{version}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "publishMaterialVersion", summary = "Make a version the current file", description = "Of a published material, announces "
            + "MaterialVersionPublished, and MaterialUpdateAvailable to each provincial unit that fetched an older "
            + "version. Versions only move forward.")
    @APIResponse(responseCode = "200", description = "The version, now current", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "409", description = "Older than the current version, or the material is withdrawn")
    @Parameter(name = "version", in = ParameterIn.PATH, description = "The version number, from 1")
    public FileView publish(@PathParam("id") UUID id, @PathParam("version") int version) {
        MaterialFile file = files.publish(id, version);
        return FileView.of(file, file.version);
    }

    @GET
    @Path("/{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listMaterialVersions",
            summary = "The material's file versions; others than the national office see published ones",
            description = "Readable as the material itself: public ones to anyone, those for officials to officials.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = FileView.class)))
    @APIResponse(responseCode = "401", description = "Anonymous caller, material for officials")
    @APIResponse(responseCode = "403", description = "Not an official, material for officials")
    public List<FileView> versions(@PathParam("id") UUID id) {
        Material material = readers.readable(materials.get(id));
        return files.versions(id).stream().filter(f -> f.published() || readers.isNationalAdmin())
                .map(f -> FileView.of(f, material.currentVersion)).toList();
    }

    @GET
    @Path("/{id}/file")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "downloadMaterialFile", summary = "Download the current file", description = "With ETag (the SHA-256), Last-Modified, "
            + "conditional GET (304) and a single byte Range (206, 416): interrupted downloads resume.")
    @APIResponse(responseCode = "200", description = "The whole file, in its own media type",
            headers = { @Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Accept-Ranges"), @Header(name = "Content-Disposition"), @Header(name = "Cache-Control") },
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "Anonymous caller, material for officials")
    @APIResponse(responseCode = "403", description = "Not an official, material for officials")
    @APIResponse(responseCode = "404", description = "No such material, or it has no current file yet")
    public Response current(@PathParam("id") UUID id, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        Material material = readers.readable(materials.get(id));
        if (material.currentVersion == null) {
            throw new NotFoundProblem("Current file of material", id);
        }
        return serve(material, files.file(id, material.currentVersion), headers, request);
    }

    @GET
    @Path("/{id}/versions/{version}/file")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "downloadMaterialVersionFile", summary = "Download a given version",
            description = "As the current file; versions not yet published only for the national office.")
    @APIResponse(responseCode = "200", description = "The whole file, in its own media type",
            headers = { @Header(name = "ETag"), @Header(name = "Last-Modified"), @Header(name = "Accept-Ranges"), @Header(name = "Content-Disposition"), @Header(name = "Cache-Control") },
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "Anonymous caller, material for officials")
    @APIResponse(responseCode = "403", description = "Not an official, material for officials")
    @Parameter(name = "version", in = ParameterIn.PATH, description = "The version number, from 1")
    public Response version(@PathParam("id") UUID id, @PathParam("version") int version,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        Material material = readers.readable(materials.get(id));
        MaterialFile file = files.file(id, version);
        if (!file.published() && !readers.isNationalAdmin()) {
            throw new NotFoundProblem("Version " + version + " of material", id);
        }
        return serve(material, file, headers, request);
    }

    /**
     * Streams the file and counts a download when the answer starts a transfer (DownloadService.startsTransfer:
     * not a probe, a resumed range, a HEAD or a 304), once per caller and version within the window.
     */
    private Response serve(Material material, MaterialFile file, HttpHeaders headers, HttpServerRequest request) {
        BlobDownloads.Served served = blobs.serve(new BlobDownloads.Blob(file.storageKey, file.sizeBytes, file.sha256,
                file.mediaType, file.fileName, file.uploadedAt.toInstant()), headers);
        if (request.method() != HttpMethod.HEAD && downloads.startsTransfer(served.range(), file.sizeBytes)) {
            String principal = readers.isAnonymous() ? null : readers.caller();
            String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            downloads.count(file, readers.provincialUnit().orElse(null), DownloadService.caller(principal, address));
        }
        // Restricted files must not sit in shared caches; public ones may, revalidated by their ETag.
        served.response().header("Cache-Control",
                material.access == Access.PUBLIC ? "public, no-cache" : "private, no-cache");
        return served.response().build();
    }
}
