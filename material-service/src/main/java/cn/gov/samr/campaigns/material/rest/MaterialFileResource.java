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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
@SecurityRequirement(name = "bearer")
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
    @Operation(summary = "Upload a new file version (raw bytes)", description = "The body is the file itself, "
            + "streamed to storage; its type is judged from its content and must suit the material's kind (a video "
            + "MP4 or QuickTime, an annual report PDF or DOCX, …). Answers the version number, size and SHA-256. "
            + "The version becomes current when published.")
    @APIResponse(responseCode = "201", description = "Stored as the next version")
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
    @Operation(summary = "Make a version the current file", description = "Of a published material, announces "
            + "MaterialVersionPublished, and MaterialUpdateAvailable to each provincial unit that fetched an older "
            + "version. Versions only move forward.")
    @APIResponse(responseCode = "409", description = "Older than the current version, or the material is withdrawn")
    public FileView publish(@PathParam("id") UUID id, @PathParam("version") int version) {
        MaterialFile file = files.publish(id, version);
        return FileView.of(file, file.version);
    }

    @GET
    @Path("/{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The material's file versions; others than the national office see published ones")
    public List<FileView> versions(@PathParam("id") UUID id) {
        Material material = readers.readable(materials.get(id));
        return files.versions(id).stream().filter(f -> f.published() || readers.isNationalAdmin())
                .map(f -> FileView.of(f, material.currentVersion)).toList();
    }

    @GET
    @Path("/{id}/file")
    @PermitAll
    @Operation(summary = "Download the current file", description = "With ETag (the SHA-256), Last-Modified, "
            + "conditional GET (304) and a single byte Range (206, 416): interrupted downloads resume.")
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match / If-Modified-Since")
    @APIResponse(responseCode = "416", description = "A range outside the file")
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
    @Operation(summary = "Download a given version", description = "As the current file; versions not yet "
            + "published only for the national office.")
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
     * Streams the file and counts a download when the answer starts at byte 0: a full download, or the first part
     * of a segmented one. A resumed download (a range from further on) is the same download and is not counted
     * again; neither are HEAD requests and 304s.
     */
    private Response serve(Material material, MaterialFile file, HttpHeaders headers, HttpServerRequest request) {
        BlobDownloads.Served served = blobs.serve(new BlobDownloads.Blob(file.storageKey, file.sizeBytes, file.sha256,
                file.mediaType, file.fileName, file.uploadedAt.toInstant()), headers);
        if (served.startsAtFirstByte() && request.method() != HttpMethod.HEAD) {
            downloads.count(file, readers.provincialUnit().orElse(null));
        }
        // Restricted files must not sit in shared caches; public ones may, revalidated by their ETag.
        served.response().header("Cache-Control",
                material.access == Access.PUBLIC ? "public, no-cache" : "private, no-cache");
        return served.response().build();
    }
}
