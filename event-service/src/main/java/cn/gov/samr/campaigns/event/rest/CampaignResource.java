package cn.gov.samr.campaigns.event.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.service.CampaignService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.Problem;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaign editions (宣传周): draft, publish")
@SecurityRequirement(name = "bearer")
public class CampaignResource {

    private final CampaignService service;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Jurisdiction jurisdiction;

    public CampaignResource(CampaignService service, Validator validator, SecurityIdentity identity,
            Jurisdiction jurisdiction) {
        this.service = service;
        this.validator = validator;
        this.identity = identity;
        this.jurisdiction = jurisdiction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(summary = "Create a campaign edition as a draft")
    public Response create(CampaignRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Problem.FieldError("$", "a campaign is required")));
        }
        InvalidInputException.Collector errors = InvalidInputException.collect().violations(validator.validate(request));
        request.schedule().check(errors);
        errors.throwIfAny();
        Campaign campaign = service.create(new CampaignService.Draft(request.kind(), request.name(), request.theme(),
                request.schedule(), request.launchCeremony() == null ? null : request.launchCeremony().city()),
                jurisdiction.caller());
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id)).entity(CampaignView.of(campaign)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(summary = "Publish a draft: the provinces' reporting obligations and the distribution plan open")
    public CampaignView publish(@PathParam("id") UUID id) {
        return CampaignView.of(service.publish(id));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One campaign edition; drafts only for the national office")
    public CampaignView get(@PathParam("id") UUID id) {
        Campaign campaign = service.get(id);
        if (!CampaignService.visibleStatuses(isNationalAdmin()).contains(campaign.status)) {
            throw new NotFoundProblem("Campaign", id);
        }
        return CampaignView.of(campaign);
    }

    @GET
    @Authenticated
    @Operation(summary = "Campaign editions, newest window first; drafts only for the national office")
    public Page<CampaignView> list(@QueryParam("year") Integer year, @QueryParam("kind") CampaignKind kind,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @QueryParam("cursor") String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        CampaignRepository.Filter filter = new CampaignRepository.Filter(year, kind,
                CampaignService.visibleStatuses(isNationalAdmin()));
        List<CampaignView> rows = service.list(filter, after.isEmpty() ? null : LocalDate.parse(after.get(0)),
                after.isEmpty() ? null : UUID.fromString(after.get(1)), limit + 1).stream().map(CampaignView::of).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.window().start().toString(), v.id().toString()));
    }

    private boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }
}
