package cn.gov.samr.campaigns.event.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.service.ActivityImportService;

/** What an import found: every bad row and field (a dry run), or the activities it scheduled (a commit). */
@Schema(requiredProperties = { "rows", "valid", "errors", "errorsNotListed", "scheduled" })
public record ActivityImportReport(
        @Schema(description = "Data rows in the file (blank rows are not counted)") int rows,
        @Schema(description = "Rows without any error") int valid,
        @Schema(maxItems = ActivityImportService.MAX_LISTED_ERRORS,
                description = "Each bad field of each row, in row order; empty when every row is valid") List<RowError> errors,
        @Schema(description = "Errors beyond the listed ones") int errorsNotListed,
        @Schema(description = "The activities scheduled (planned), one per row in row order; empty in a dry run")
        List<UUID> scheduled) {

    /** One bad field of one row. */
    @Schema(name = "ImportRowError", requiredProperties = { "row", "field", "message" })
    public record RowError(
            @Schema(description = "The row number as the spreadsheet shows it (the header is row 1)") int row,
            @Schema(description = "The field as a single POST names it, e.g. startsAt or venue.division") String field,
            String message) {
    }

    static ActivityImportReport of(ActivityImportService.Outcome outcome) {
        return new ActivityImportReport(outcome.rows(), outcome.valid(),
                outcome.errors().stream().map(e -> new RowError(e.row(), e.field(), e.message())).toList(),
                outcome.errorsNotListed(), outcome.scheduled().stream().map((Activity a) -> a.id).toList());
    }
}
