package cn.gov.samr.campaigns.material.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.platform.rest.InputRules;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Download statistics", description = "Downloads by material, version, day and provincial unit")
public class DownloadStatisticsResource {

    /** The statistics are not paged; one answer carries at most this many rows. */
    static final int MAX_ROWS = 5000;

    /** @param provincialUnit null for anonymous and national downloads */
    @Schema(requiredProperties = { "materialId", "campaignId", "version", "day", "downloads" })
    public record DownloadCount(UUID materialId, UUID campaignId, int version, LocalDate day, String provincialUnit,
            long downloads) {
    }

    /** @param truncated whether more rows matched than {@link #MAX_ROWS}: narrow the filters */
    @Schema(requiredProperties = { "counts", "total", "truncated" })
    public record DownloadStatistics(List<DownloadCount> counts, long total, boolean truncated) {
    }

    private final DownloadService downloads;
    private final Readers readers;

    public DownloadStatisticsResource(DownloadService downloads, Readers readers) {
        this.downloads = downloads;
        this.readers = readers;
    }

    @GET
    @Path("/download-statistics")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Operation(operationId = "getDownloadStatistics",
            summary = "Download counts per material, version, China day and provincial unit",
            description = "Live counts, including those not yet sent as MaterialDownloaded. The national office "
                    + "sees every unit; an officer only their own provincial unit. Days are yyyy-MM-dd, inclusive.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's materials")
    @Parameter(name = "material", in = ParameterIn.QUERY, description = "Only this material")
    @Parameter(name = "provincialUnit", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First China day, yyyy-MM-dd",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last China day, yyyy-MM-dd",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public DownloadStatistics statistics(@QueryParam("campaign") UUID campaign, @QueryParam("material") UUID material,
            @QueryParam("provincialUnit") String provincialUnit, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        InvalidInputException.Collector errors = InvalidInputException.collect()
                .check(provincialUnit == null || provincialUnit.matches("\\d{2}0000"), "provincialUnit",
                        "must be a provincial unit's six-digit code, e.g. 320000");
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        errors.check(fromDay == null || toDay == null || !toDay.isBefore(fromDay), "to", "must not be before from");
        errors.throwIfAny();
        String unit = readers.isNationalAdmin() ? provincialUnit : readers.ownProvincialUnit(provincialUnit);
        List<DownloadCount> counts = downloads.statistics(new DownloadRepository.StatisticsFilter(campaign, material,
                unit, fromDay, toDay), MAX_ROWS + 1).stream().map(c -> new DownloadCount(c.materialId(),
                        c.campaignId(), c.version(), c.day(), c.provincialUnit(), c.downloads())).toList();
        List<DownloadCount> shown = counts.size() > MAX_ROWS ? counts.subList(0, MAX_ROWS) : counts;
        return new DownloadStatistics(shown, shown.stream().mapToLong(DownloadCount::downloads).sum(),
                counts.size() > MAX_ROWS);
    }

    private static LocalDate day(String value, String field, InvalidInputException.Collector errors) {
        if (value == null) {
            return null;
        }
        try {
            return InputRules.temporal(LocalDate.class, value);
        } catch (InputRules.Refused e) {
            errors.check(false, field, e.getMessage());
            return null;
        }
    }
}
