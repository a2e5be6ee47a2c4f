package cn.gov.samr.campaigns.event.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Administrative divisions (行政区划, GB/T 2260) and the 32 provincial units")
public class DivisionResource {

    /** {@code provincialUnit}: the unit the division reports through (the XPCC for its cities, 659001...). */
    @Schema(requiredProperties = { "code", "name", "level", "provincialUnit" })
    public record DivisionView(String code, LocalizedText name, Division.Level level, String parentCode,
            String provincialUnit) {
        static DivisionView of(Division d) {
            return new DivisionView(d.code, d.name, d.level, d.parentCode, d.provincialUnit);
        }
    }

    private final DivisionRepository divisions;

    public DivisionResource(DivisionRepository divisions) {
        this.divisions = divisions;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDivisions",
            summary = "Divisions, by level, parent, subtree and name; public reference data",
            description = "The 32 provincial units, 342 cities and 2,975 counties of GB/T 2260, in code order.")
    @APIResponse(responseCode = "200", description = "The divisions that match", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = DivisionView.class)))
    public List<DivisionView> list(
            @Parameter(description = "provincial-unit, city or county") @QueryParam("level") Division.Level level,
            @Parameter(description = "code of the parent division") @QueryParam("parent") String parent,
            @Parameter(description = "code of a division: it and everything under it, in code order; a provincial "
                    + "unit includes the divisions that report through it") @QueryParam("within") String within,
            @Parameter(description = "text the Chinese name contains, e.g. 湖州") @QueryParam("q") String q) {
        String scope = blankToNull(within);
        // An unknown subtree is an error, not an empty list: a typo must not look like a division with no units.
        if (scope != null && divisions.findByIdOptional(scope).isEmpty()) {
            throw InvalidInputException.of("within", "no division has the code " + scope);
        }
        return divisions.list(new DivisionRepository.Filter(level, blankToNull(parent), scope, blankToNull(q)))
                .stream().map(DivisionView::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
