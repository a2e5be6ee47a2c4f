package cn.gov.samr.campaigns.report.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.domain.DeadlineExtension;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.service.ExtensionService;

/** Deadline extensions of an obligation (延期申请) and their history. */
@Path("/api/v1/obligations/{id}/extensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations")
public class ExtensionResource {

    private final ExtensionService service;
    private final ReportAccess access;
    private final Validator validator;

    public ExtensionResource(ExtensionService service, ReportAccess access, Validator validator) {
        this.service = service;
        this.access = access;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "listDeadlineExtensions",
            summary = "Every extension asked for on this obligation and its decision, oldest first")
    public List<DeadlineExtension> history(@PathParam("id") UUID id) {
        return service.history(access.obligation(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Transactional
    @Operation(operationId = "requestDeadlineExtension", summary = "Ask for a later deadline, with a reason")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtensionRequest.class),
            examples = @ExampleObject(name = "two-weeks", summary = "Two more weeks",
                    value = "{\"deadline\": \"2022-10-28\", \"reason\": \"省级汇总需等待各市报送完毕\"}")))
    @APIResponse(responseCode = "201", description = "Asked; it awaits the national office's decision",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineExtension.class)))
    @APIResponse(responseCode = "409", description = "Already submitted, or another request awaits a decision")
    public Response request(@PathParam("id") UUID id, ExtensionRequest request) {
        InvalidInputException.validate(request, "a date and a reason are required", validator).throwIfAny();
        DeadlineExtension created = service.request(access.obligation(id), request.deadline(),
                request.reason().strip(), access.caller());
        return Response.created(URI.create("/api/v1/obligations/" + id + "/extensions/" + created.id))
                .entity(created).build();
    }

    @POST
    @Path("/{extensionId}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "grantDeadlineExtension",
            summary = "Grant the extension: the obligation's deadline moves (DeadlineExtended)",
            description = "deadline defaults to the date asked for.")
    @RequestBody(required = false, description = "Optional: another date than the one asked for, and a note",
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionDecision.class)))
    @APIResponse(responseCode = "200", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineExtension.class)))
    @APIResponse(responseCode = "409", description = "The extension was already decided")
    @Parameter(name = "extensionId", in = ParameterIn.PATH, description = "The extension's id")
    public DeadlineExtension grant(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId,
            ExtensionDecision decision) {
        ExtensionDecision d = valid(decision);
        return service.grant(obligation(id), extensionId, d.deadline(), d.note(), access.caller());
    }

    @POST
    @Path("/{extensionId}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "refuseDeadlineExtension", summary = "Refuse the extension; the deadline stays")
    @RequestBody(required = false, description = "Optional: a note",
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionDecision.class)))
    @APIResponse(responseCode = "200", description = "Refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineExtension.class)))
    @APIResponse(responseCode = "409", description = "The extension was already decided")
    @Parameter(name = "extensionId", in = ParameterIn.PATH, description = "The extension's id")
    public DeadlineExtension refuse(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId,
            ExtensionDecision decision) {
        ExtensionDecision d = valid(decision);
        return service.refuse(obligation(id), extensionId, d.note(), access.caller());
    }

    private ExtensionDecision valid(ExtensionDecision decision) {
        ExtensionDecision d = decision == null ? new ExtensionDecision(null, null) : decision;
        InvalidInputException.validate(d, "", validator).throwIfAny();
        return d;
    }

    private Obligation obligation(UUID id) {
        return access.obligation(id);
    }
}
