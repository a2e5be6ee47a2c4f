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
public record ReportRequest(@NotNull @Valid Narrative narrative, Map<String, Long> statistics) {

    @Schema(name = "ReportNarrativeRequest")
    public record Narrative(@Size(max = 20000) String done, @Size(max = 20000) String innovations,
            @Size(max = 20000) String problems, @Size(max = 20000) String suggestions) {
    }
}
