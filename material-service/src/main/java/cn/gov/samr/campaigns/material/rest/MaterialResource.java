package cn.gov.samr.campaigns.material.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialKind;
import cn.gov.samr.campaigns.material.repository.MaterialRepository;
import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.material.service.MaterialService;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.rest.PublicCache;
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1/materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Materials", description = "A campaign's promotional materials (宣传资料): draft, change, publish, withdraw")
public class MaterialResource {

    private final MaterialService service;
    private final DownloadService downloads;
    private final Readers readers;
    private final Validator validator;

    public MaterialResource(MaterialService service, DownloadService downloads, Readers readers, Validator validator) {
        this.service = service;
        this.downloads = downloads;
        this.readers = readers;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "createMaterial", summary = "Create a material of a published campaign as a draft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MaterialRequest.class),
            examples = @ExampleObject(name = "annual-report", summary = "The annual report, for download",
                    value = "{\"campaignId\": \"3f1c2d9e-6b7a-4c1e-9f00-1a2b3c4d5e6f\", \"kind\": \"annual-report\", "
                    + "\"title\": {\"zh\": \"《中国有机产品认证与有机产业发展报告》\", "
                    + "\"en\": \"China Organic Product Certification Report\"}, "
                    + "\"delivery\": \"download\", \"access\": \"public\"}")))
    @APIResponse(responseCode = "201", description = "Created; the ETag is the version to send in If-Match",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a campaign not (yet) known as published")
    public Response create(MaterialRequest request) {
        valid(request);
        Material material = service.create(request.campaignId(), request.terms(), readers.caller());
        return Response.created(URI.create("/api/v1/materials/" + material.id)).entity(MaterialView.of(material, null))
                .tag(Versions.etag(material.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "updateMaterial", summary = "Change a material", description = "Drafts and published materials change; withdrawn ones "
            + "do not. The campaign does not change. Send If-Match with the ETag you read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MaterialRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "409", description = "The material was withdrawn, or a concurrent change came first")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            MaterialRequest request) {
        valid(request);
        if (!request.campaignId().equals(service.get(id).campaignId)) {
            throw new InvalidInputException(
                    List.of(new FieldError("campaignId", "a material stays with its campaign")));
        }
        Long expectedVersion = Versions.required(ifMatch, "material");
        Material material = service.update(id, request.terms(), expectedVersion);
        return Response.ok(MaterialView.of(material, null)).tag(Versions.etag(material.version)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "publishMaterial",
            summary = "Publish a draft: MaterialPublished, and MaterialVersionPublished for its current file")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn, or delivered by download without a current file")
    public Response publish(@PathParam("id") UUID id) {
        Material material = service.publish(id);
        return Response.ok(MaterialView.of(material, null)).tag(Versions.etag(material.version)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "withdrawMaterial",
            summary = "Withdraw a material: it leaves the catalogue and no longer changes")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        Material material = service.withdraw(id);
        return Response.ok(MaterialView.of(material, null)).tag(Versions.etag(material.version)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMaterial", summary = "One material", description = "Public materials to anyone; materials for officials only "
            + "to officials; drafts and withdrawn materials only to the national office. fetchedVersion is the "
            + "version the caller's provincial unit last downloaded.")
    @APIResponse(responseCode = "200", description = "The material", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "401", description = "Anonymous caller, material for officials")
    @APIResponse(responseCode = "403", description = "Not an official, material for officials")
    public Response get(@PathParam("id") UUID id) {
        Material material = readers.readable(service.get(id));
        Integer fetched = readers.provincialUnit()
                .map(unit -> downloads.fetchedVersions(unit, List.of(id)).get(id)).orElse(null);
        return Response.ok(MaterialView.of(material, fetched)).tag(Versions.etag(material.version)).build();
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Extension(name = PublicCache.EXTENSION, value = "materials")
    @Operation(operationId = "listMaterials",
            summary = "Materials in creation order, by campaign and kind; what the caller may read",
            description = "Public materials to anyone; materials for officials also to officials; drafts and "
                    + "withdrawn ones also to the national office.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's materials")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only materials of this kind")
    public Page<MaterialView> list(@QueryParam("campaign") UUID campaign, @QueryParam("kind") MaterialKind kind,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        MaterialRepository.Filter filter = new MaterialRepository.Filter(campaign, kind, readers.visibleStatuses(),
                readers.visibleAccesses());
        List<Material> rows = service.list(filter, after.timestamp(0), after.uuid(1), limit + 1);
        Map<UUID, Integer> fetched = readers.provincialUnit()
                .map(unit -> downloads.fetchedVersions(unit, rows.stream().map(m -> m.id).toList()))
                .orElse(Map.of());
        return Page.of(rows.stream().map(m -> MaterialView.of(m, fetched.get(m.id))).toList(), limit,
                v -> Cursor.encode(v.createdAt().toString(), v.id().toString()));
    }

    @GET
    @Path("/changes")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listMaterialChanges",
            summary = "Changes feed: the materials the caller may list, as the detail shows them, in commit order",
            description = "Every change once, in the order the changes committed, with a cursor that never skips or "
                    + "repeats one while writes go on: a material written by a transaction that commits late is served "
                    + "after it commits, never passed over. Start without after (from the beginning), keep next and ask "
                    + "again with it; more says whether to ask at once. A material changed again before it is read "
                    + "appears once, as it is now (a new file version changes it). Public materials to anyone, those "
                    + "for officials also to officials, drafts and withdrawn ones also to the national office: a "
                    + "withdrawn material is served to the others no more. How it works: docs/changes.md.")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The next of the previous page; none: from the beginning")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's materials")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only materials of this kind")
    public Changes<MaterialView> changes(@QueryParam("after") String after, @QueryParam("campaign") UUID campaign,
            @QueryParam("kind") MaterialKind kind,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        ChangeFeed.Position from = ChangeFeed.Position.after(after);
        MaterialRepository.Filter filter = new MaterialRepository.Filter(campaign, kind, readers.visibleStatuses(),
                readers.visibleAccesses());
        Optional<String> unit = readers.provincialUnit();
        return service.changes(filter, from, limit, rows -> {
            Map<UUID, Integer> fetched = unit
                    .map(u -> downloads.fetchedVersions(u, rows.stream().map(m -> m.id).toList())).orElse(Map.of());
            return rows.stream().map(m -> MaterialView.of(m, fetched.get(m.id))).toList();
        });
    }

    private void valid(MaterialRequest request) {
        InvalidInputException.validate(request, "a material is required", validator).throwIfAny();
    }
}
