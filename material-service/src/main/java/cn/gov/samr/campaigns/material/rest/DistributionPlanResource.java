package cn.gov.samr.campaigns.material.rest;

import java.time.OffsetDateTime;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import cn.gov.samr.campaigns.material.service.DistributionPlanService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1/distribution-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Distribution plans", description = "Per campaign: how many posters go to each provincial unit")
@SecurityRequirement(name = "bearer")
public class DistributionPlanResource {

    public record DistributionPlanView(UUID id, UUID campaignId, DistributionPlan.Status status,
            OffsetDateTime openedAt, long recipients) {
    }

    private final DistributionPlanService service;

    public DistributionPlanResource(DistributionPlanService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PROVINCIAL_OFFICER, Roles.PARTNER })
    @Operation(summary = "Distribution plans, newest first; filter by campaign")
    public Page<DistributionPlanView> list(@QueryParam("campaign") UUID campaign,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        List<DistributionPlanView> rows = service.list(campaign,
                after.isEmpty() ? null : OffsetDateTime.parse(after.get(0)),
                after.isEmpty() ? null : UUID.fromString(after.get(1)), limit + 1).stream()
                .map(p -> new DistributionPlanView(p.id, p.campaignId, p.status, p.openedAt, service.recipients(p.id)))
                .toList();
        return Page.of(rows, limit, p -> Cursor.encode(p.openedAt().toString(), p.id().toString()));
    }
}
