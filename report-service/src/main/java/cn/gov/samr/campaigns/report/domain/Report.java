package cn.gov.samr.campaigns.report.domain;

import java.time.OffsetDateTime;
import java.util.Map;
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

/** A province's summary report on one campaign (活动总结), as drafted; its id is the obligation's. */
@Entity
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

    public OffsetDateTime updatedAt;
    public String updatedBy;

    /** Figure name (e.g. {@code participants}, {@code activities.type.lecture}) → projected and reported value. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_figure", joinColumns = @JoinColumn(name = "obligation_id"))
    @MapKeyColumn(name = "figure")
    public Map<String, ReportFigure> figures = new TreeMap<>();

    @Version
    public long version;

    /**
     * The province's values replace the reported ones; a figure it does not send has no reported value any more,
     * but keeps its projected value.
     */
    public void report(Map<String, Long> reported) {
        figures.entrySet().removeIf(e -> e.getValue().projected == null && !reported.containsKey(e.getKey()));
        figures.values().forEach(f -> f.reported = null);
        reported.forEach((name, value) -> figures.computeIfAbsent(name, n -> new ReportFigure()).reported = value);
    }

    /** New projected values; what the province reported stays as it is. */
    public void project(Map<String, Long> projected) {
        figures.values().forEach(f -> f.projected = null);
        projected.forEach((name, value) -> figures.computeIfAbsent(name, n -> new ReportFigure()).projected = value);
        figures.entrySet().removeIf(e -> e.getValue().projected == null && e.getValue().reported == null);
    }
}
