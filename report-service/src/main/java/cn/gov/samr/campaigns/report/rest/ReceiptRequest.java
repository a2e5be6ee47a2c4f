package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An archived edition's report as the national office received it.
 *
 * @param receivedOn the day it actually arrived (Asia/Shanghai); timeliness is judged on it
 * @param narrative a summary's narrative ({@code done} required for a summary)
 * @param statistics a summary's reported figures, as in a draft
 * @param plan an activity plan's text
 */
@Schema(requiredProperties = { "receivedOn" })
public record ReceiptRequest(@NotNull LocalDate receivedOn, @Valid ReportRequest.Narrative narrative,
        @Size(max = 50) Map<String, Long> statistics, @Size(max = 100000) String plan) {
}
