package cn.gov.samr.campaigns.report.rest;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The province's draft: the narrative and the figures it reports ({@code statistics}: figure name → value); a
 * figure left out has no reported value.
 */
public record ReportRequest(@NotNull @Valid Narrative narrative, @Size(max = 50) Map<String, Long> statistics) {

    /**
     * The largest reported figure, checked with the figure's name by the resource: more than China's population
     * is a typing error, and the national sums over the 32 units (in long) cannot overflow.
     */
    public static final long MAX_FIGURE = 2_000_000_000L;

    @Schema(name = "ReportNarrativeRequest")
    public record Narrative(@Size(max = 20000) String done, @Size(max = 20000) String innovations,
            @Size(max = 20000) String problems, @Size(max = 20000) String suggestions) {
    }
}
