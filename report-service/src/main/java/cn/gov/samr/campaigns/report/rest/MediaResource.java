package cn.gov.samr.campaigns.report.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import cn.gov.samr.campaigns.report.domain.MediaItem;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.service.MediaRegister;
import cn.gov.samr.campaigns.report.service.ReportContent.MediaEntry;

/** The media coverage register of a report (媒体报道登记). */
@Path("/api/v1/reports/{id}/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class MediaResource {

    private final MediaRegister register;
    private final ReportAccess access;
    private final Validator validator;

    public MediaResource(MediaRegister register, ReportAccess access, Validator validator) {
        this.register = register;
        this.access = access;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER })
    @Operation(operationId = "listReportMediaItems", summary = "The report's media items, the same URL reported twice flagged",
            description = "duplicateOf names the earlier item of this report with the same URL (scheme, host case, "
                    + "default port, fragment and trailing slash ignored); reportedElsewhere says another provincial "
                    + "unit of the campaign reported it, alsoReportedBy (national office only) which.")
    public List<MediaEntry> list(@PathParam("id") UUID id) {
        return register.of(access.obligation(id), access.national());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Transactional
    @Operation(operationId = "addReportMediaItem", summary = "Add a media item to a report that can still be changed")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediaItemRequest.class),
            examples = @ExampleObject(name = "provincial-tv", summary = "A provincial TV report",
                    value = "{\"outlet\": \"江苏卫视\", \"level\": \"provincial\", \"medium\": \"tv\", "
                            + "\"title\": \"有机产品认证宣传周在南京启动\", \"url\": \"https://news.example.cn/2022/0919/organic\", "
                            + "\"publishedOn\": \"2022-09-19\", \"reach\": 120000}")))
    @APIResponse(responseCode = "201", description = "Added, with its duplicate flags", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaEntry.class)))
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    public Response add(@PathParam("id") UUID id, MediaItemRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a media item is required",
                validator);
        request.checkDates(errors);
        errors.throwIfAny();
        Obligation o = access.obligation(id);
        MediaItem item = register.add(o, request.toItem());
        MediaEntry entry = register.of(o, false).stream().filter(e -> e.id().equals(item.id)).findFirst()
                .orElseThrow();
        return Response.created(URI.create("/api/v1/reports/" + id + "/media/" + item.id)).entity(entry).build();
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Transactional
    @Operation(operationId = "deleteReportMediaItem", summary = "Remove a media item from a report that can still be changed")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    @Parameter(name = "itemId", in = ParameterIn.PATH, description = "The media item's id")
    public Response remove(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        register.remove(access.obligation(id), itemId);
        return Response.noContent().build();
    }
}
