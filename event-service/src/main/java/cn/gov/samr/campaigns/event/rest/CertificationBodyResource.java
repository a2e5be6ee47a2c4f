package cn.gov.samr.campaigns.event.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.domain.CertificationBody;
import cn.gov.samr.campaigns.event.domain.CertificationScheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.CertificationBodyRepository;
import cn.gov.samr.campaigns.event.service.CertificationBodyService;
import cn.gov.samr.campaigns.platform.rest.Cursor;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Page;
import cn.gov.samr.campaigns.platform.rest.PublicCache;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;

@Path("/api/v1/certification-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certification bodies", description = "Certification bodies (认证机构) approved by CNCA, by approval number")
public class CertificationBodyResource {

    @Schema(name = "CertificationBodyFigures", requiredProperties = { "planned", "published", "completed",
            "cancelled", "participants" })
    public record FiguresView(@Schema(minimum = "0") long planned, @Schema(minimum = "0") long published,
            @Schema(minimum = "0") long completed, @Schema(minimum = "0") long cancelled,
            @Schema(minimum = "0", description = "actual participants of the completed activities") long participants) {
        static FiguresView of(CertificationBodyRepository.Figures f) {
            return new FiguresView(f.planned(), f.published(), f.completed(), f.cancelled(), f.participants());
        }
    }

    @Schema(name = "CertificationBodyCampaignFigures", requiredProperties = { "campaign", "name", "activities" })
    public record CampaignFiguresView(UUID campaign, LocalizedText name, FiguresView activities) {
    }

    @Schema(name = "CertificationBodyFiguresView", requiredProperties = { "body", "total", "campaigns" })
    public record BodyFiguresView(CertificationBodyRef body,
            @Schema(description = "Over the campaigns below, each activity once (a merged activity is in several "
                    + "campaigns)") FiguresView total,
            @Schema(description = "Per campaign the body took part in (or the one asked for), in window order; a "
                    + "merged activity counts once in each of its campaigns") List<CampaignFiguresView> campaigns) {
    }

    private final CertificationBodyService service;
    private final Jurisdiction jurisdiction;

    public CertificationBodyResource(CertificationBodyService service, Jurisdiction jurisdiction) {
        this.service = service;
        this.jurisdiction = jurisdiction;
    }

    @GET
    @PermitAll
    @Extension(name = PublicCache.EXTENSION, value = "certification-bodies")
    @Operation(operationId = "listCertificationBodies",
            summary = "Certification bodies, by scheme and text; public reference data",
            description = "In approval-number order. The list ships with the bodies named in public CNCA "
                    + "announcements (docs/certification-bodies.md); each names its source.")
    @Parameter(name = "scheme", in = ParameterIn.QUERY, description = "Only bodies approved for this scheme")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the approval number or either name")
    @APIResponse(responseCode = "200", description = "The bodies that match, a page at a time")
    public Page<CertificationBodyView> list(@QueryParam("scheme") CertificationScheme scheme,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.TEXT);
        if (!after.isEmpty() && !after.text(0).matches(CertificationBody.ID_PATTERN)) {
            // any text decodes as a one-key cursor; this list only ever returns approval numbers
            throw InvalidInputException.of("cursor", "not a cursor this list returned; start again without one");
        }
        List<CertificationBodyView> rows = service.list(new CertificationBodyRepository.Filter(scheme,
                text == null || text.isBlank() ? null : text.strip()), after.text(0), limit + 1).stream()
                .map(CertificationBodyView::of).toList();
        return Page.of(rows, limit, v -> Cursor.encode(v.id()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = PublicCache.EXTENSION, value = "certification-bodies")
    @Operation(operationId = "getCertificationBody", summary = "One certification body, by its approval number",
            description = "Public reference data.")
    @APIResponse(responseCode = "200", description = "The body", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificationBodyView.class)))
    @APIResponse(responseCode = "404", description = "No body has this approval number")
    @Transactional
    public CertificationBodyView get(@PathParam("id") String id) {
        return CertificationBodyView.of(service.get(id));
    }

    @GET
    @Path("/{id}/figures")
    @RolesAllowed({ Roles.NATIONAL_ADMIN, Roles.PARTNER, Roles.MONITOR, Roles.CERTIFICATION_BODY })
    @Transactional
    @Operation(operationId = "getCertificationBodyFigures",
            summary = "A body's activities by status and the participants of the completed ones, per campaign",
            description = "Every activity naming the body, whatever its visibility; without campaign, per campaign "
                    + "the body took part in. A certification body sees its own figures only (its org claim).")
    @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "Only this campaign")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BodyFiguresView.class)))
    @APIResponse(responseCode = "403", description = "A certification body asking for another body's figures")
    @APIResponse(responseCode = "404", description = "No body has this approval number")
    public BodyFiguresView figures(@PathParam("id") String id, @QueryParam("campaign") UUID campaign) {
        CertificationBodyService.BodyFigures figures = service.figures(id, campaign, jurisdiction.organisation());
        return new BodyFiguresView(new CertificationBodyRef(figures.body().id, figures.body().name),
                FiguresView.of(figures.total()), figures.campaigns().stream()
                        .map(c -> new CampaignFiguresView(c.campaignId(), c.name(), FiguresView.of(c.figures())))
                        .toList());
    }
}
