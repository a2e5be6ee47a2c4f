package cn.gov.samr.campaigns.event.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.event.domain.LocalizedText;

/** A certification body as an activity or a figure names it. */
@Schema(requiredProperties = { "id", "name" }, description = "A certification body by its CNCA approval number; name is null "
        + "for text stored before the reference list existed (not an approval number the list knows)")
public record CertificationBodyRef(
        @Schema(description = "CNCA approval number (批准号), e.g. CNCA-R-2002-001") String id,
        // null is said, not left out: "no name" is the answer for text the list does not know
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) LocalizedText name) {
}
