package cn.gov.samr.campaigns.material.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.ForbiddenException;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Download statistics", description = "Downloads by material, version, day and provincial unit")
@SecurityRequirement(name = "bearer")
public class DownloadStatisticsResource {

    /** The statistics are not paged; one answer carries at most this many rows. */
    static final int MAX_ROWS = 5000;

    /** @param provincialUnit null for anonymous and national downloads */
    public record DownloadCount(UUID materialId, UUID campaignId, int version, LocalDate day, String provincialUnit,
            long downloads) {
    }

    /** @param truncated whether more rows matched than {@link #MAX_ROWS}: narrow the filters */
    public record DownloadStatistics(List<DownloadCount> counts, long total, boolean truncated) {
    }

    /** What a provincial unit last fetched of a material, and whether a newer version is current. */
    public record FetchView(UUID materialId, UUID campaignId, int fetchedVersion, OffsetDateTime fetchedAt,
            Integer currentVersion, boolean updateAvailable) {
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
    @Operation(summary = "Download counts per material, version, China day and provincial unit",
            description = "Live counts, including those not yet sent as MaterialDownloaded. The national office "
                    + "sees every unit; an officer only their own provincial unit. Days are yyyy-MM-dd, inclusive.")
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
        String unit = readers.isNationalAdmin() ? provincialUnit : ownUnit(provincialUnit);
        List<DownloadCount> counts = downloads.statistics(new DownloadRepository.StatisticsFilter(campaign, material,
                unit, fromDay, toDay), MAX_ROWS + 1).stream().map(c -> new DownloadCount(c.materialId(),
                        c.campaignId(), c.version(), c.day(), c.provincialUnit(), c.downloads())).toList();
        List<DownloadCount> shown = counts.size() > MAX_ROWS ? counts.subList(0, MAX_ROWS) : counts;
        return new DownloadStatistics(shown, shown.stream().mapToLong(DownloadCount::downloads).sum(),
                counts.size() > MAX_ROWS);
    }

    @GET
    @Path("/materials/fetches")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Operation(summary = "Which version of each material a provincial unit last fetched",
            description = "An officer's own provincial unit; the national office names one with provincialUnit.")
    public List<FetchView> fetches(@QueryParam("provincialUnit") String provincialUnit) {
        InvalidInputException.collect()
                .check(provincialUnit == null || provincialUnit.matches("\\d{2}0000"), "provincialUnit",
                        "must be a provincial unit's six-digit code, e.g. 320000")
                .check(provincialUnit != null || !readers.isNationalAdmin(), "provincialUnit", "is required")
                .throwIfAny();
        String unit = readers.isNationalAdmin() ? provincialUnit : ownUnit(provincialUnit);
        return downloads.fetches(unit).stream().map(f -> new FetchView(f.materialId(), f.campaignId(),
                f.fetchedVersion(), f.fetchedAt(), f.currentVersion(),
                f.currentVersion() != null && f.currentVersion() > f.fetchedVersion())).toList();
    }

    /** An officer sees their own provincial unit; naming another is outside their jurisdiction. */
    private String ownUnit(String asked) {
        String own = readers.provincialUnit()
                .orElseThrow(() -> new ForbiddenException("Your token names no division."));
        if (asked != null && !asked.equals(own)) {
            throw new ForbiddenException("Provincial unit " + asked + " is outside your jurisdiction.");
        }
        return own;
    }

    private static LocalDate day(String value, String field, InvalidInputException.Collector errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.check(false, field, "must be a day, yyyy-MM-dd");
            return null;
        }
    }
}
