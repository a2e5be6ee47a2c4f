package cn.gov.samr.campaigns.report.rest;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import cn.gov.samr.campaigns.platform.rest.Versions;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.domain.FigureName;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.Report;
import cn.gov.samr.campaigns.report.service.ReportContent;
import cn.gov.samr.campaigns.report.service.ReportService;

/**
 * A party's report, addressed by its obligation's id: a provincial unit's or certification body's summary (活动总结)
 * or activity plan (活动方案).
 */
@Path("/api/v1/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports",
        description = "The parties' summaries and activity plans: draft, submit, return with comments, accept")
// Writes are @Transactional here as well as in the service, so that the view is read in the same transaction.
public class ReportResource {

    private final ReportService service;
    private final ReportAccess access;
    private final Validator validator;
    private final Clock clock;

    public ReportResource(ReportService service, ReportAccess access, Validator validator, Clock clock) {
        this.service = service;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "getReport",
            summary = "The report as drafted, with its statistics, media items and where its obligation stands",
            description = "Each statistic shows the projected value (from activity events), the reported value and "
                    + "their difference. The ETag is the draft's version, for If-Match on PUT and submit.")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Another province's report, or a role that sees no reports")
    public Response get(@PathParam("id") UUID id) {
        access.obligation(id);
        return view(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Transactional
    @Operation(operationId = "updateReport", summary = "Change the draft: the narrative and the reported statistics",
            description = "Allowed before submission and after a return. Send If-Match with the ETag you read. A "
                    + "summary: the narrative is required; the first change of a provincial unit's summary pre-fills "
                    + "the statistics from the activity projection; statistics sets the reported values of the "
                    + "figures sent (null: no reported value); figures not sent stay. An activity plan: plan holds "
                    + "its text, statistics are refused. An archived edition's report is not edited (409): the "
                    + "national office records it with POST .../receipt.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequest.class),
            examples = @ExampleObject(name = "draft", summary = "The narrative and two reported figures",
                    value = "{\"narrative\": {\"done\": \"全省举办活动86场\", \"innovations\": \"直播带货与认证知识结合\"}, "
                            + "\"statistics\": {\"activities\": 86, \"participants\": 15200}}")))
    @APIResponse(responseCode = "200", description = "The changed draft; the ETag is the new version's",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A field that is not right for this kind of report")
    @APIResponse(responseCode = "409", description = "The report is under review or accepted, or archived")
    @APIResponse(responseCode = "412", description = "The draft changed since you read it")
    public Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ReportRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a report is required",
                validator);
        Map<String, Long> statistics = request.statistics() == null ? Map.of() : request.statistics();
        checkStatistics(statistics, errors);
        errors.throwIfAny();
        // the content's shape first (400), then the precondition (428/412), as before plans existed
        ReportService.requireShape(access.obligation(id), narrative(request.narrative()), statistics, request.plan());
        Long expectedVersion = Versions.required(ifMatch, "report");
        service.edit(id, expectedVersion, narrative(request.narrative()), statistics, request.plan(),
                access.caller());
        return view(id);
    }

    @POST
    @Path("/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "recordReportReceipt",
            summary = "Record an archived edition's report as it was actually received, on its real date",
            description = "For obligations of a campaign entered in archive mode only. The content is the report "
                    + "as received (a summary's narrative and statistics, or an activity plan's text); receivedOn is "
                    + "the day it arrived, and timeliness is judged on that day. The report is accepted as received "
                    + "and kept as version 1. No event is announced and no reminder is ever sent for it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReceiptRequest.class),
            examples = @ExampleObject(name = "receipt", summary = "A 2019 summary received two days late",
                    value = "{\"receivedOn\": \"2019-10-16\", \"narrative\": {\"done\": \"全省举办活动61场\"}, "
                            + "\"statistics\": {\"activities\": 61}}")))
    @APIResponse(responseCode = "200", description = "Recorded and accepted", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A missing or wrong field, named")
    @APIResponse(responseCode = "404", description = "No such obligation")
    @APIResponse(responseCode = "409", description = "Not an archived edition's obligation, or already recorded")
    public Response receipt(@PathParam("id") UUID id, ReceiptRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a receipt is required",
                validator);
        Map<String, Long> statistics = request.statistics() == null ? Map.of() : request.statistics();
        checkStatistics(statistics, errors);
        errors.throwIfAny();
        access.obligation(id);
        service.receive(id, request.receivedOn(), narrative(request.narrative()), statistics, request.plan(),
                access.caller());
        return view(id);
    }

    private static ReportContent.Narrative narrative(ReportRequest.Narrative n) {
        return n == null ? null
                : new ReportContent.Narrative(n.done(), n.innovations(), n.problems(), n.suggestions());
    }

    private static void checkStatistics(Map<String, Long> statistics, InvalidInputException.Collector errors) {
        statistics.forEach((name, value) -> errors
                .check(FigureName.isValid(name), "statistics." + name, "not a statistic a report carries")
                .check(value == null || value >= 0 && value <= ReportRequest.MAX_FIGURE, "statistics." + name,
                        "must be a number from 0 to " + ReportRequest.MAX_FIGURE));
    }

    @POST
    @Path("/statistics/refresh")
    @RolesAllowed(Roles.PROVINCIAL_OFFICER)
    @Transactional
    @Operation(operationId = "refreshReportStatistics", summary = "Take the statistics from the live activity projection again",
            description = "Projected values are updated; reported values the province changed stay as they are, "
                    + "the others follow the projection. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "The draft with refreshed statistics",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    public Response refreshStatistics(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        access.obligation(id);
        service.refreshStatistics(id, Versions.ifMatch(ifMatch), access.caller());
        return view(id);
    }

    @POST
    @Path("/submit")
    @RolesAllowed({ Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Transactional
    @Operation(operationId = "submitReport",
            summary = "Submit the report (or resubmit it after a return); it is kept as the next version",
            description = "The first submission is the one timeliness is judged on. If-Match is optional here.")
    @APIResponse(responseCode = "200", description = "Submitted (ReportSubmitted)", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "Nothing drafted yet, or already under review or accepted")
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        access.obligation(id);
        ReportService.Submitted submitted = service.submit(id, Versions.ifMatch(ifMatch), access.caller());
        // the answer shows what was just snapshotted: its media and attachments are not read a second time (a
        // national caller, who sees more of the media register, would get its own reading)
        return access.national() ? view(id) : view(id, submitted.content());
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "returnReport", summary = "Return the report under review for correction, with review comments",
            description = "Announces ReportReturned; the province changes and resubmits it.")
    @APIResponse(responseCode = "200", description = "Returned", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is not under review")
    public Response returnForCorrection(@PathParam("id") UUID id, ReviewRequest request) {
        InvalidInputException.validate(request, "review comments are required", validator)
                .check(request.comments() != null && !request.comments().isBlank(), "comments",
                        "say what is to be corrected")
                .throwIfAny();
        access.obligation(id);
        service.returnForCorrection(id, request.comments(), access.caller());
        return view(id);
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Transactional
    @Operation(operationId = "acceptReport", summary = "Accept the report under review; comments are optional",
            description = "Announces ReportAccepted.")
    @RequestBody(required = false, description = "Optional review comments",
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class)))
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is not under review")
    public Response accept(@PathParam("id") UUID id, ReviewRequest request) {
        if (request != null) {
            InvalidInputException.validate(request, "", validator).throwIfAny();
        }
        access.obligation(id);
        service.accept(id, request == null ? null : request.comments(), access.caller());
        return view(id);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "listReportVersions", summary = "The submitted versions, oldest first, with their review")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        access.obligation(id);
        return service.versions(id).stream().map(VersionView::summary).toList();
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "getReportVersion", summary = "One submitted version with the report as it was submitted")
    @Parameter(name = "number", in = ParameterIn.PATH, description = "The version number, from 1")
    public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
        access.obligation(id);
        return VersionView.full(service.version(id, number));
    }

    private Response view(UUID id) {
        return view(id, null);
    }

    /** The report as the caller sees it; {@code content} when it is already known, else read for the caller. */
    private Response view(UUID id, ReportContent content) {
        Obligation o = service.obligation(id);
        Report report = service.report(id);
        ReportContent shown = content != null ? content : service.content(o, report, access.national());
        ReportView body = new ReportView(ObligationView.of(o, clock.instant()), shown, report.version,
                report.updatedAt, report.updatedBy, report.projectedAt);
        return Response.ok(body).tag(Versions.etag(report.version)).build();
    }
}
