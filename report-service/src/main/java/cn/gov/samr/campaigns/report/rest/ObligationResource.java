package cn.gov.samr.campaigns.report.rest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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

import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.service.ObligationService;
import io.quarkus.security.ForbiddenException;

@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations",
        description = "Each party's duty (provincial unit or certification body) to deliver a report on a campaign by its deadline")
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
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY, Roles.PARTNER })
    @Operation(operationId = "listObligations",
            summary = "A campaign's obligations by party and kind; an officer or a certification body sees only its own",
            description = "Status, deadline in force and timeliness of each party's report (a provincial unit's or a "
                    + "certification body's summary or activity plan), in party then kind order.")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, required = true, description = "The campaign's id")
    @Parameter(name = "division", in = ParameterIn.QUERY, description = "Provincial unit code, e.g. 320000")
    @Parameter(name = "party", in = ParameterIn.QUERY,
            description = "A provincial unit's code (320000) or a certification body's approval number (CNCA-R-2002-001)")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "summary or activity-plan",
            schema = @Schema(enumeration = { "summary", "activity-plan" }))
    public Page<ObligationView> list(@QueryParam("campaign") @NotNull UUID campaign,
            @QueryParam("division") String division,
            @QueryParam("party") @Size(max = 40) String party,
            @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        ObligationKind onlyKind = kind == null ? null : ObligationKind.fromWire(kind);
        InvalidInputException.collect()
                .check(kind == null || onlyKind != null, "kind", "must be summary or activity-plan")
                .check(division == null || party == null || division.equals(party), "party",
                        "names another party than division")
                .throwIfAny();
        String only = party != null ? party : division;
        Optional<String> scope = jurisdiction.scope();
        Optional<String> org = jurisdiction.organisation();
        if (scope.isPresent()) { // an officer: its own unit, and asking for another is refused, not emptied
            if (only != null) {
                jurisdiction.require(only);
            }
            only = scope.get();
        } else if (org.isPresent()) { // a certification body: its own obligations
            if (only != null && !only.equals(org.get())) {
                throw new ForbiddenException("A certification body sees its own obligations only.");
            }
            only = org.get();
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TEXT, Cursor.Key.TEXT);
        List<ObligationView> rows = service.list(new ObligationRepository.Filter(campaign, only, onlyKind),
                after.text(0), after.text(1), limit + 1)
                .stream().map(o -> ObligationView.of(o, clock.instant())).toList();
        return Page.of(rows, limit, o -> Cursor.encode(o.party().code(), o.kind().name()));
    }
}
