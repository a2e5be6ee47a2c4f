package cn.gov.samr.campaigns.report.domain;

import jakarta.persistence.Embeddable;

/** One statistic of a report: the live projection's value and the province's, either may be absent. */
@Embeddable
public class ReportFigure {

    public Long projected;
    public Long reported;

    /** The province changed the reported value: a refresh from the projection leaves it alone. */
    public boolean edited;

    /** Reported minus projected, when both exist: kept visible so the reviewer sees what the province changed. */
    public Long difference() {
        return projected == null || reported == null ? null : reported - projected;
    }
}
