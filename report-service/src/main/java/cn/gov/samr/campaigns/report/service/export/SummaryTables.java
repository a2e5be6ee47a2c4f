package cn.gov.samr.campaigns.report.service.export;

import static cn.gov.samr.campaigns.report.service.export.Labels.both;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Completeness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * Lays a {@link CampaignStatistics} out as the tables every export shows, in one place, so that CSV, XLSX and PDF
 * cannot disagree on a figure or a column.
 */
public final class SummaryTables {

    /** Provincial-unit columns: who, then the figures of {@link Figures} in their order, then the report. */
    public static final List<String> UNIT_HEADER = List.of(
            both("区划代码", "Code"), both("省级单位", "Provincial unit"), both("英文名称", "English name"),
            both("活动数", "Activities"), both("参与人数", "Participants"), both("媒体报道数", "Media items"),
            both("发运批次", "Shipments dispatched"), both("发出份数", "Copies dispatched"),
            both("签收份数", "Copies received"), both("破损份数", "Copies damaged"), both("下载次数", "Downloads"),
            both("报告状态", "Report status"), both("及时性", "Timeliness"));

    private SummaryTables() {
    }

    public static List<SummaryTable> of(CampaignStatistics statistics) {
        return List.of(overview(statistics), units(statistics), activityTypes(statistics.national()),
                settings(statistics.national()));
    }

    /** The as-of time as people in China read it, e.g. 2022-10-20 18:00:00 +08:00. */
    public static String asOf(CampaignStatistics statistics) {
        return statistics.asOf().atZoneSameInstant(ChinaClock.ZONE)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"));
    }

    static SummaryTable overview(CampaignStatistics statistics) {
        Completeness c = statistics.completeness();
        List<List<Object>> rows = List.of(
                List.of(both("活动编号", "Campaign"), statistics.campaignId().toString()),
                List.of(both("统计截至", "As of"), asOf(statistics)),
                List.of(both("应报", "Expected"), (long) c.expected()),
                List.of(both("已报", "Submitted"), (long) c.submitted()),
                List.of(both("已通过", "Accepted"), (long) c.accepted()),
                List.of(both("按时", "On time"), (long) c.onTime()),
                List.of(both("迟报", "Late"), (long) c.late()),
                List.of(both("缺报", "Missing"), (long) c.missing()),
                List.of(both("待报", "Pending"), (long) c.pending()),
                List.of(both("完成率", "Completeness rate"), c.completenessRate()),
                List.of(both("及时率", "Timeliness rate"), c.timelinessRate()));
        return new SummaryTable(both("概况", "Overview"), "概况 Overview",
                List.of(both("项目", "Item"), both("数值", "Value")), rows);
    }

    /** One row per provincial unit, then the national total (全国合计), which has no code, status or timeliness. */
    static SummaryTable units(CampaignStatistics statistics) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitStatistics unit : statistics.units()) {
            rows.add(unitRow(unit.provincialUnit(), text(unit.nameZh()), text(unit.nameEn()), unit.figures(),
                    Labels.of(unit.reportStatus()), Labels.of(unit.timeliness())));
        }
        rows.add(unitRow("", "全国合计", "National total", statistics.national(), "", ""));
        return new SummaryTable(both("省级单位", "Provincial units"), "省级单位 Provincial units", UNIT_HEADER, rows);
    }

    private static List<Object> unitRow(String code, String nameZh, String nameEn, Figures f, String status,
            String timeliness) {
        return List.of(code, nameZh, nameEn, f.activities(), f.participants(), f.mediaItems(),
                f.shipmentsDispatched(), f.copiesDispatched(), f.copiesReceived(), f.copiesDamaged(), f.downloads(),
                status, timeliness);
    }

    /**
     * A unit with figures but no obligation (the campaign was not published to it here) has no names, status or
     * timeliness: empty cells.
     */
    static String text(String value) {
        return value == null ? "" : value;
    }

    static SummaryTable activityTypes(Figures national) {
        List<List<Object>> rows = new ArrayList<>();
        for (TypeFigures t : national.byType()) {
            rows.add(List.of(t.activityType(), Labels.activityTypeZh(t.activityType()), t.activities(),
                    t.participants(), t.mediaItems()));
        }
        return new SummaryTable(both("活动类型", "Activity types"), "活动类型 Activity types",
                List.of(both("类型", "Type"), both("类型名称", "Type name"), both("活动数", "Activities"),
                        both("参与人数", "Participants"), both("媒体报道数", "Media items")),
                rows);
    }

    static SummaryTable settings(Figures national) {
        List<List<Object>> rows = new ArrayList<>();
        // sorted: the statistics may come in a hash map, and an export must read the same twice
        for (Map.Entry<String, Long> e : new TreeMap<>(national.activitiesBySetting()).entrySet()) {
            rows.add(List.of(e.getKey(), Labels.settingZh(e.getKey()), e.getValue()));
        }
        return new SummaryTable(both("活动场所", "Activity settings"), "活动场所 Activity settings",
                List.of(both("场所", "Setting"), both("场所名称", "Setting name"), both("活动数", "Activities")),
                rows);
    }
}
