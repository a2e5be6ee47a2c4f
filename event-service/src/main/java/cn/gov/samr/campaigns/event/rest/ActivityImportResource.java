package cn.gov.samr.campaigns.event.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.service.ActivityImportService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.PayloadTooLargeProblem;
import cn.gov.samr.campaigns.platform.security.Roles;

/**
 * Bulk scheduling (批量导入): a province collects its cities' activities in the template and uploads it. The rows
 * are checked by the service with the rules of a single POST; this resource only reads the file.
 */
@Path("/api/v1/activities/import")
@Tag(name = "Activities")
public class ActivityImportResource {

    static final String CSV = "text/csv";

    private final ActivityImportService imports;
    private final Validator validator;
    private final EventServiceConfig.Import limits;

    public ActivityImportResource(ActivityImportService imports, Validator validator, EventServiceConfig config) {
        this.imports = imports;
        this.validator = validator;
        this.limits = config.bulkImport();
    }

    @GET
    @Path("/template")
    @Produces(ActivityImportTemplate.MEDIA_TYPE)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Operation(operationId = "getActivityImportTemplate",
            summary = "The XLSX template for importing activities: the columns, and a sheet explaining them",
            description = "Sheet 1 has the header row (中文名 (field)); sheet 2 lists each column's format and allowed "
                    + "values. A CSV with the same header row is accepted as well.")
    @APIResponse(responseCode = "200", description = "The template",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=" 
                    + ActivityImportTemplate.FILE_NAME, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ActivityImportTemplate.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Response.ok(ActivityImportTemplate.write(), ActivityImportTemplate.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=" + ActivityImportTemplate.FILE_NAME).build();
    }

    @POST
    @Consumes({ ActivityImportTemplate.MEDIA_TYPE, CSV })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Operation(operationId = "importActivities",
            summary = "Import activities from the template (XLSX or CSV): a dry run names every bad row and field; "
                    + "a commit schedules all rows as planned activities, or none",
            description = "Each row is checked as a single POST would be (fields, times, the campaign's window, the "
                    + "division, the caller's jurisdiction). Row numbers are those the spreadsheet shows (the header "
                    + "is row 1). A CSV is UTF-8, a leading BOM is skipped. At most event-service.import.max-rows "
                    + "(2,000) rows and event-service.import.max-bytes (10 MB). A refused commit is a 400 problem "
                    + "whose errors name rows[n].field, at most 99 of them and one entry \"rows\" saying how many "
                    + "rows are bad and how many errors are not named. Warnings (same venue) are not computed.")
    @RequestBody(required = true, content = {
            @Content(mediaType = ActivityImportTemplate.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "200", description = "The dry run's findings, or the activities the commit scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityImportReport.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read, lacks a column or has too many rows "
            + "(errors name body); the campaign is unknown or not published (campaign); a commit with bad rows "
            + "(rows[n].field)")
    @APIResponse(responseCode = "413", description = "Larger than event-service.import.max-bytes")
    @APIResponse(responseCode = "415", description = "Neither XLSX nor CSV")
    public ActivityImportReport importActivities(
            @Parameter(description = "The published campaign all rows are scheduled under", required = true)
            @QueryParam("campaign") UUID campaign,
            @Parameter(description = "true (the default): check only; false: schedule all rows or none")
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @Context HttpHeaders headers, InputStream body) {
        if (campaign == null) {
            throw InvalidInputException.of("campaign", "is required");
        }
        byte[] file = read(body, headers.getLength());
        int maxRows = limits.maxRows();
        List<ActivitySheet.SheetRow> sheet = headers.getMediaType() != null
                && headers.getMediaType().isCompatible(MediaType.valueOf(CSV))
                        ? ActivitySheet.readCsv(file, maxRows) : ActivitySheet.readXlsx(file, maxRows);
        List<ActivityImportService.Row> rows = sheet.stream()
                .map(row -> ActivityRows.toRow(row, campaign, validator)).toList();
        return ActivityImportReport.of(imports.run(campaign, rows, !dryRun));
    }

    /**
     * The whole file, counted as it comes (a chunked body says no length beforehand); a declared length beyond the
     * limit is refused before a byte is read, since the service's HTTP body limit is higher (notices' signed files).
     */
    private byte[] read(InputStream body, int declaredLength) {
        long max = limits.maxBytes().asLongValue();
        if (declaredLength > max) {
            throw new PayloadTooLargeProblem("An import file may be at most " + max + " bytes; split it.");
        }
        try {
            byte[] file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (file.length > max) {
                throw new PayloadTooLargeProblem("An import file may be at most " + max + " bytes; split it.");
            }
            if (file.length == 0) {
                throw InvalidInputException.of("body", "the file is empty");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the import file failed", e);
        }
    }
}
