package cn.gov.samr.campaigns.report.rest;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.report.domain.ReportVersion;
import cn.gov.samr.campaigns.report.domain.ReviewOutcome;

/** A submitted version; {@code content} (the report as submitted) only when one version is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "number", "submittedAt", "submittedBy" })
public record VersionView(int number, OffsetDateTime submittedAt, String submittedBy, ReviewOutcome outcome,
        String reviewComments, OffsetDateTime reviewedAt, String reviewedBy, Map<String, Object> content) {

    static VersionView summary(ReportVersion v) {
        return new VersionView(v.number, v.submittedAt, v.submittedBy, v.outcome, v.reviewComments, v.reviewedAt,
                v.reviewedBy, null);
    }

    static VersionView full(ReportVersion v) {
        return new VersionView(v.number, v.submittedAt, v.submittedBy, v.outcome, v.reviewComments, v.reviewedAt,
                v.reviewedBy, v.snapshot);
    }
}
