package cn.gov.samr.campaigns.report.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.StatisticsService;
import cn.gov.samr.campaigns.report.service.export.CsvSummaryRenderer;
import cn.gov.samr.campaigns.report.service.export.PdfSummaryRenderer;
import cn.gov.samr.campaigns.report.service.export.SummaryRenderer;
import cn.gov.samr.campaigns.report.service.export.XlsxSummaryRenderer;

@Path("/api/v1/exports/campaigns/{campaignId}")
@Tag(name = "Exports", description = "The national summary of a campaign (全国汇总) as a file: CSV, XLSX or PDF")
public class NationalSummaryExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsService statistics;
    private final Jurisdiction jurisdiction;
    private final CsvSummaryRenderer csv;
    private final XlsxSummaryRenderer xlsx;
    private final PdfSummaryRenderer pdf;

    public NationalSummaryExportResource(StatisticsService statistics, Jurisdiction jurisdiction,
            CsvSummaryRenderer csv, XlsxSummaryRenderer xlsx, PdfSummaryRenderer pdf) {
        this.statistics = statistics;
        this.jurisdiction = jurisdiction;
        this.csv = csv;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GET
    @Path("national-summary.{format}")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Produces({ "text/csv", XLSX, "application/pdf" })
    @Operation(operationId = "exportNationalSummary", summary = "The national summary of a campaign as a file to download",
            description = "The figures of GET /api/v1/statistics/campaigns/{campaignId}, as the caller sees them "
                    + "there: completeness and timeliness, national totals, one row per provincial unit the caller "
                    + "sees there (every unit to the national office, its own to a provincial officer, none to a "
                    + "partner), activities per type and setting. csv: UTF-8 with a byte-order mark, "
                    + "RFC 4180; xlsx: one sheet per table, numeric cells; pdf: A4 with charts, Chinese text in an "
                    + "embedded font. A partner may download once the reporting deadline has passed.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition"),
            content = { @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Parameter(name = "campaignId", in = ParameterIn.PATH, description = "The campaign's id")
    @Parameter(name = "format", in = ParameterIn.PATH, description = "The file's format",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "csv", "xlsx", "pdf" }))
    @APIResponse(responseCode = "400", description = "The format is not csv, xlsx or pdf")
    @APIResponse(responseCode = "403", description = "A partner asking before the reporting deadline has passed")
    @APIResponse(responseCode = "404", description = "No obligation and no figure is known for the campaign")
    public Response nationalSummary(@PathParam("campaignId") UUID campaignId, @PathParam("format") String format) {
        SummaryRenderer renderer = renderer(format);
        // read before the first byte is sent, so that a refusal or an unknown campaign is still a problem+json
        CampaignStatistics summary = statistics.visibleTo(campaignId, jurisdiction);
        StreamingOutput body = out -> renderer.write(summary, out);
        return Response.ok(body, renderer.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(campaignId, format))
                .build();
    }

    private SummaryRenderer renderer(String format) {
        return switch (format) {
            case "csv" -> csv;
            case "xlsx" -> xlsx;
            case "pdf" -> pdf;
            default -> {
                InvalidInputException.collect().check(false, "format", "must be csv, xlsx or pdf").throwIfAny();
                throw new IllegalStateException("unreachable");
            }
        };
    }

    /** An ASCII file name for old clients and the Chinese one as RFC 6266 / RFC 8187 filename*. */
    static String contentDisposition(UUID campaignId, String format) {
        String chinese = URLEncoder.encode("全国汇总-" + campaignId + "." + format, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"national-summary-" + campaignId + "." + format + "\"; filename*=UTF-8''"
                + chinese;
    }
}
