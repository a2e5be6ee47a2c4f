package cn.gov.samr.campaigns.material.rest;

import java.time.OffsetDateTime;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.Roles;

/** A provincial unit's view of the materials it downloaded: which version it has, and whether a newer one is out. */
@Path("/api/v1/materials/fetches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Download statistics")
public class FetchResource {

    /** What a provincial unit last fetched of a material, and whether a newer version is current. */
    @Schema(requiredProperties = { "materialId", "campaignId", "fetchedVersion", "fetchedAt", "updateAvailable" })
    public record FetchView(UUID materialId, UUID campaignId, int fetchedVersion, OffsetDateTime fetchedAt,
            Integer currentVersion, boolean updateAvailable) {
    }

    private final DownloadService downloads;
    private final Readers readers;

    public FetchResource(DownloadService downloads, Readers readers) {
        this.downloads = downloads;
        this.readers = readers;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.LOCAL_OFFICER })
    @Operation(operationId = "listMaterialFetches", summary = "Which version of each material a provincial unit last fetched",
            description = "An officer's own provincial unit; the national office names one with provincialUnit.")
    @Parameter(name = "provincialUnit", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000; "
            + "required for the national office, an officer's own by default")
    public List<FetchView> fetches(@QueryParam("provincialUnit") String provincialUnit) {
        InvalidInputException.collect()
                .check(provincialUnit == null || provincialUnit.matches("\\d{2}0000"), "provincialUnit",
                        "must be a provincial unit's six-digit code, e.g. 320000")
                .check(provincialUnit != null || !readers.isNationalAdmin(), "provincialUnit", "is required")
                .throwIfAny();
        String unit = readers.isNationalAdmin() ? provincialUnit : readers.ownProvincialUnit(provincialUnit);
        return downloads.fetches(unit).stream().map(f -> new FetchView(f.materialId(), f.campaignId(),
                f.fetchedVersion(), f.fetchedAt(), f.currentVersion(),
                f.currentVersion() != null && f.currentVersion() > f.fetchedVersion())).toList();
    }
}
