package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A province asks to report later: until when, and why. */
public record ExtensionRequest(@NotNull LocalDate deadline, @NotBlank @Size(max = 2000) String reason) {
}
