package cn.gov.samr.campaigns.report.rest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.service.ObligationService;

@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations", description = "Each provincial unit's duty to report on a campaign by its deadline")
public class ObligationResource {

    private final ObligationService service;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    public ObligationResource(ObligationService service, Jurisdiction jurisdiction, Clock clock) {
        this.service = service;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Operation(operationId = "listObligations",
            summary = "A campaign's obligations by provincial unit; an officer sees only its own",
            description = "Status, deadline in force and timeliness of each provincial unit's report, in code order.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, required = true, description = "The campaign's id")
    @Parameter(name = "division", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000")
    public Page<ObligationView> list(@QueryParam("campaign") @NotNull UUID campaign,
            @QueryParam("division") String division,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        String only = division;
        Optional<String> scope = jurisdiction.scope();
        if (scope.isPresent()) { // an officer: its own unit, and asking for another is refused, not emptied
            if (division != null) {
                jurisdiction.require(division);
            }
            only = scope.get();
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TEXT);
        List<ObligationView> rows = service.list(campaign, only, after.text(0), limit + 1)
                .stream().map(o -> ObligationView.of(o, clock.instant())).toList();
        return Page.of(rows, limit, o -> Cursor.encode(o.division().code()));
    }
}
