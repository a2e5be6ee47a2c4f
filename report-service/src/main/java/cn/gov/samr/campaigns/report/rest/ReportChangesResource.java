package cn.gov.samr.campaigns.report.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.report.service.ReportService;

/** The reports' changes feed: what a party's or the national office's nightly job picks up. */
@Path("/api/v1/reports/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportChangesResource {

    private final ReportService service;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    public ReportChangesResource(ReportService service, Jurisdiction jurisdiction, Clock clock) {
        this.service = service;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.CERTIFICATION_BODY })
    @Operation(operationId = "listReportChanges",
            summary = "Changes feed: the reports the caller may read, as GET /reports/{id} shows them, in commit order",
            description = "Every change once, in the order the changes committed, with a cursor that never skips or "
                    + "repeats one while writes go on: a report written by a transaction that commits late is served "
                    + "after it commits, never passed over. A report changes with its draft (narrative, figures: its "
                    + "version) and with its obligation (submitted, returned, accepted, a deadline extended): either "
                    + "brings it back. Start without after (from the beginning), keep next and ask again with it; more "
                    + "says whether to ask at once. A report changed again before it is read appears once, as it is "
                    + "now. The national office reads every report, a provincial officer its unit's, a certification "
                    + "body its own, as GET /reports/{id}. How it works: docs/changes.md.")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The next of the previous page; none: from the beginning")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign's reports")
    public Changes<ReportView> changes(@QueryParam("after") String after, @QueryParam("campaign") UUID campaign,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        ChangeFeed.Position from = ChangeFeed.Position.after(after);
        boolean national = jurisdiction.isNational();
        return service.changes(national, jurisdiction::covers, jurisdiction.organisation().orElse(null), campaign,
                from, limit, (o, report) -> new ReportView(ObligationView.of(o, clock.instant()),
                        service.content(o, report, national), report.version, report.updatedAt, report.updatedBy,
                        report.projectedAt));
    }
}
