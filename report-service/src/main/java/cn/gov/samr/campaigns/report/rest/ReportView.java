package cn.gov.samr.campaigns.report.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.report.service.ReportContent;

/** A report's draft with where its obligation stands; its ETag is {@code version}. */
@Schema(requiredProperties = { "obligation", "content", "version" })
public record ReportView(ObligationView obligation, ReportContent content, long version, OffsetDateTime updatedAt,
        String updatedBy, OffsetDateTime projectedAt) {
}
