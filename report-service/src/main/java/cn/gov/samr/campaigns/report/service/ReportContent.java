package cn.gov.samr.campaigns.report.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.report.domain.MediaItem;

/**
 * What a report says: what the draft view shows and what a submission keeps as its version.
 *
 * @param plan an activity plan's text (活动方案); absent for a summary
 */
@Schema(requiredProperties = { "narrative", "statistics", "mediaItems", "attachments" })
public record ReportContent(Narrative narrative, List<FigureLine> statistics, List<MediaEntry> mediaItems,
        List<AttachmentEntry> attachments, @JsonInclude(JsonInclude.Include.NON_NULL) String plan) {

    /** 主要做法、创新亮点、存在问题、意见建议. */
    @Schema(name = "ReportNarrative")
    public record Narrative(String done, String innovations, String problems, String suggestions) {
    }

    /**
     * A statistic with the projection's value, the province's, and how far apart they are; {@code edited} when the
     * province changed the value (a refresh from the projection keeps it).
     */
    @Schema(requiredProperties = { "figure", "edited" })
    public record FigureLine(String figure, Long projected, Long reported, Long difference, boolean edited) {
    }

    /** An audio-visual attachment's metadata; the bytes are downloaded from {@code href}. */
    @Schema(requiredProperties = {
            "id", "kind", "fileName", "mediaType", "sizeBytes", "sha256", "consent", "uploadedAt", "uploadedBy",
            "href" })
    public record AttachmentEntry(UUID id, String kind, String fileName, String mediaType, long sizeBytes,
            String sha256, String caption, String consent, String licence, OffsetDateTime uploadedAt,
            String uploadedBy, String href) {
    }

    /**
     * A media item with its duplicate flags.
     *
     * @param duplicateOf the earlier item of the same report with the same URL
     * @param reportedElsewhere another provincial unit of the campaign reported the same URL
     * @param alsoReportedBy those units' codes, shown to the national office only
     */
    @Schema(requiredProperties = {
            "id", "outlet", "level", "medium", "title", "url", "publishedOn", "duplicate", "reportedElsewhere" })
    public record MediaEntry(UUID id, String outlet, MediaItem.Level level, MediaItem.Medium medium, String title,
            String url, LocalDate publishedOn, Long reach, UUID duplicateOf, boolean duplicate,
            boolean reportedElsewhere, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> alsoReportedBy) {
    }
}
