package cn.gov.samr.campaigns.report.rest;

import java.time.Clock;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.service.ObligationService;
import cn.gov.samr.campaigns.report.service.ReportingVisibility;

@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations",
        description = "Each party's duty (provincial unit or certification body) to deliver a report on a campaign by its deadline")
public class ObligationResource {

    private final ObligationService service;
    private final ReportingVisibility visibility;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    public ObligationResource(ObligationService service, ReportingVisibility visibility, Jurisdiction jurisdiction,
            Clock clock) {
        this.service = service;
        this.visibility = visibility;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY, Roles.PARTNER })
    @Operation(operationId = "listObligations",
            summary = "A campaign's obligations by party and kind; an officer or a certification body sees only its own",
            description = "Status, deadline in force and timeliness of each party's report (a provincial unit's or a "
                    + "certification body's summary or activity plan), in party then kind order. Who sees which "
                    + "party is the rule of GET /api/v1/statistics/campaigns/{campaignId}: the national office every "
                    + "party, a provincial officer its own unit, a certification body its own obligations, a partner "
                    + "no party (an empty list once the reporting deadline has passed, 403 before it, as the "
                    + "statistics). Naming a party the caller may not see is 403.")
    @APIResponse(responseCode = "200", description = "The obligations the caller may see, a page at a time")
    @APIResponse(responseCode = "403", description = "A party the caller may not see, or a partner asking before "
            + "the campaign's reporting deadline has passed")
    @APIResponse(responseCode = "404", description = "A partner asking of a campaign with no obligation")
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
        ReportingVisibility.Sight sight = visibility.of(campaign, jurisdiction);
        if (only != null) { // asking for a party whose rows the caller may not read is refused, not emptied
            sight.require(only);
        } else if (!sight.all()) {
            if (sight.party().isEmpty()) { // partners: the published figures have no party rows
                return Page.of(List.of(), limit, o -> null);
            }
            only = sight.party().get();
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TEXT, Cursor.Key.TEXT);
        List<ObligationView> rows = service.list(new ObligationRepository.Filter(campaign, only, onlyKind),
                after.text(0), after.text(1), limit + 1)
                .stream().map(o -> ObligationView.of(o, clock.instant())).toList();
        return Page.of(rows, limit, o -> Cursor.encode(o.party().code(), o.kind().name()));
    }
}
