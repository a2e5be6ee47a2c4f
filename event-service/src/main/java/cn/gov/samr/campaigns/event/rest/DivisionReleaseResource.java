package cn.gov.samr.campaigns.event.rest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.ByteBuffer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.event.repository.DivisionTree;
import cn.gov.samr.campaigns.event.service.DivisionReleaseService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.PayloadTooLargeProblem;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;

/** The national office loads a newer official division list (deploy/load-divisions calls this). */
@Path("/api/v1/admin/divisions/releases")
@Tag(name = "Divisions")
public class DivisionReleaseResource {

    /** An official list has about 3,400 rows of about 40 bytes; 2 MB leaves room and bounds a mistake. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    /** What a release changed; the code lists are cut at 100 (the counts are whole). */
    @Schema(name = "DivisionRelease", requiredProperties = { "effective", "dryRun", "rows", "added", "retired",
            "renamed", "moved", "successions", "addedCodes", "retiredCodes" })
    public record ReleaseView(@Schema(description = "null for a dry run") java.util.UUID id, LocalDate effective,
            boolean dryRun, int rows, int added, int retired, int renamed, int moved, int successions,
            @Schema(maxItems = 100) java.util.List<String> addedCodes,
            @Schema(maxItems = 100) java.util.List<String> retiredCodes) {
        static ReleaseView of(DivisionReleaseService.Outcome o) {
            return new ReleaseView(o.id(), o.effective(), o.dryRun(), o.rows(), o.added(), o.retired(), o.renamed(),
                    o.moved(), o.successions(), o.addedCodes(), o.retiredCodes());
        }
    }

    private final DivisionReleaseService releases;
    private final DivisionTree tree;
    private final Jurisdiction jurisdiction;

    public DivisionReleaseResource(DivisionReleaseService releases, DivisionTree tree, Jurisdiction jurisdiction) {
        this.releases = releases;
        this.tree = tree;
        this.jurisdiction = jurisdiction;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "loadDivisionRelease",
            summary = "Load a newer official division list, effective from a date, without breaking history",
            description = "The body is the complete list of six-digit codes (UTF-8 CSV with a header row; columns "
                    + "code, name, parent, and optionally replaces (retired codes this one takes the place of, "
                    + "separated by spaces or ';'), nameEn, provincialUnit (for a new code filed elsewhere, e.g. a new "
                    + "XPCC city under 659000)). New codes are valid from the date; current cities and counties the list "
                    + "lacks are retired (validTo = the date) and keep resolving; renamed codes keep their code and "
                    + "their old name in formerNames; a retired code in the list is refused (codes are never reused). "
                    + "Errors name rows[line].field. All or nothing; this instance's division tree is refreshed at "
                    + "once, the others within event-service.divisions.refresh-every.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = MAX_BODY_BYTES),
            examples = @ExampleObject(name = "merger", summary = "撤销江东区，设立鄞州区 (the rest of the list elided)",
                    value = "code,name,parent,replaces\n330200,宁波市,330000,\n330212,鄞州区,330200,330204\n")))
    @APIResponse(responseCode = "200", description = "Loaded (or, for a dry run, what loading would change)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 2 MB")
    public ReleaseView load(
            @Parameter(description = "the day the list takes effect (yyyy-MM-dd); after every earlier release's")
            @QueryParam("effective") @NotNull LocalDate effective,
            @Parameter(description = "where the list comes from, e.g. the ministry's announcement")
            @QueryParam("source") @Size(max = 300) String source,
            @Parameter(description = "true: check and count, write nothing") @QueryParam("dryRun") Boolean dryRunParam,
            byte[] body) {
        boolean dryRun = Boolean.TRUE.equals(dryRunParam);
        String csv = read(body);
        DivisionReleaseService.Outcome outcome = releases.load(effective, source, csv, dryRun, jurisdiction.caller());
        if (!dryRun) {
            tree.refresh(); // committed: this instance resolves the new codes from the next request on
        }
        return ReleaseView.of(outcome);
    }

    /** The framework has read the whole body (within quarkus.http.limits.max-body-size); this bounds it further. */
    private static String read(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInputException.of("body", "the division list is required");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeProblem("A division list is at most " + MAX_BODY_BYTES + " bytes.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("body", "is not UTF-8 text");
        }
    }
}
