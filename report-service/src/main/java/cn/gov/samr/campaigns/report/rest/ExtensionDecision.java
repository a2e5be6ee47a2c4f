package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** The national office's decision; a grant may set another date than the one asked for (default: that one). */
public record ExtensionDecision(LocalDate deadline, @Size(max = 2000) String note) {
}
