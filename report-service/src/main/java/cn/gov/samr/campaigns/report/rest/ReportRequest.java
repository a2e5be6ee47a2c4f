package cn.gov.samr.campaigns.report.rest;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The party's draft: for a summary the narrative (required) and the figures it reports ({@code statistics}: figure
 * name → value; a figure left out has no reported value); for an activity plan the plan's text ({@code plan}).
 */
public record ReportRequest(@Valid Narrative narrative, @Size(max = 50) Map<String, Long> statistics,
        @Schema(description = "An activity plan's text (活动方案); only for an activity plan") @Size(max = 100000) String plan) {

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
