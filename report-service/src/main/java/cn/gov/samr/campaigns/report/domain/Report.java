package cn.gov.samr.campaigns.report.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/** A province's summary report on one campaign (活动总结), as drafted; its id is the obligation's. */
@Entity
@DynamicUpdate // an edit changes one part of the narrative; the update does not resend the others' long texts
public class Report {

    @Id
    public UUID obligationId;

    /** What was done (主要做法). */
    public String done;
    /** Innovations (创新亮点). */
    public String innovations;
    /** Problems met (存在问题). */
    public String problems;
    /** Suggestions (意见建议). */
    public String suggestions;

    /** An activity plan's text (活动方案); null for a summary. */
    public String plan;

    public OffsetDateTime updatedAt;

    /** When the figures were last taken from the activity projection; null if never. */
    public OffsetDateTime projectedAt;
    public String updatedBy;

    /** Figure name (e.g. {@code participants}, {@code activities.type.lecture}) → projected and reported value. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_figure", joinColumns = @JoinColumn(name = "obligation_id"))
    @MapKeyColumn(name = "figure")
    public Map<String, ReportFigure> figures = new TreeMap<>();

    @Version
    public long version;

    /**
     * The province's values: a figure it sends with a value other than the one shown becomes its own (edited), one
     * sent as null has no reported value; figures it does not send stay as they are.
     */
    public void report(Map<String, Long> reported) {
        reported.forEach((name, value) -> {
            ReportFigure figure = figures.computeIfAbsent(name, n -> new ReportFigure());
            if (!Objects.equals(figure.reported, value)) {
                figure.reported = value;
                figure.edited = true;
            }
        });
    }

    /**
     * New projected values (a figure the projection no longer has keeps its last one); the figures the province
     * has not changed take them as their reported value, the ones it changed keep theirs.
     */
    public void project(Map<String, Long> projected, OffsetDateTime now) {
        projected.forEach((name, value) -> {
            ReportFigure figure = figures.computeIfAbsent(name, n -> new ReportFigure());
            figure.projected = value;
            if (!figure.edited) {
                figure.reported = value;
            }
        });
        projectedAt = now;
    }
}
