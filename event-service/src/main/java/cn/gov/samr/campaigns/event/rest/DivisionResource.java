package cn.gov.samr.campaigns.event.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;

@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Administrative divisions (行政区划, GB/T 2260) and the 32 provincial units")
public class DivisionResource {

    public record DivisionView(String code, LocalizedText name, Division.Level level, String parentCode) {
        static DivisionView of(Division d) {
            return new DivisionView(d.code, d.name, d.level, d.parentCode);
        }
    }

    private final DivisionRepository divisions;

    public DivisionResource(DivisionRepository divisions) {
        this.divisions = divisions;
    }

    @GET
    @PermitAll
    @Operation(summary = "Divisions, by level and parent; public reference data")
    public List<DivisionView> list(
            @Parameter(description = "provincial-unit, city or county") @QueryParam("level") Division.Level level,
            @Parameter(description = "code of the parent division") @QueryParam("parent") String parent) {
        return divisions.byLevel(level, parent).stream().map(DivisionView::of).toList();
    }
}
