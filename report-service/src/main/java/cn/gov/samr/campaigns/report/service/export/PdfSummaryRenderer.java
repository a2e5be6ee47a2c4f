package cn.gov.samr.campaigns.report.service.export;

import static cn.gov.samr.campaigns.report.service.export.PdfCanvas.MARGIN;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.gov.samr.campaigns.report.domain.Timeliness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Completeness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * The summary as a PDF of three A4 landscape pages: the overview with the timeliness chart and the activity types;
 * activities per provincial unit as a bar chart; the table of provincial units (the last two only when the
 * statistics have unit rows). All text is set in the embedded
 * CJK font (a subset: only the glyphs used), so the file reads the same on a machine without Chinese fonts.
 * PDFBox builds the document in memory (a few hundred kilobytes) and then writes it to the stream.
 */
@ApplicationScoped
public class PdfSummaryRenderer implements SummaryRenderer {

    static final String TITLE = "全国认证宣传活动汇总 / National campaign summary";

    private static final Color ON_TIME = new Color(0x3A, 0x9A, 0x4B);
    private static final Color LATE = new Color(0xE0, 0x9A, 0x1F);
    private static final Color MISSING = new Color(0xC8, 0x3B, 0x32);
    private static final Color PENDING = new Color(0x9A, 0x9A, 0x9A);

    private final CjkFont cjkFont;

    public PdfSummaryRenderer(CjkFont cjkFont) {
        this.cjkFont = cjkFont;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void write(CampaignStatistics statistics, OutputStream out) throws IOException {
        try (CjkFont.Opened ttf = cjkFont.open(); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, ttf.font(), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE + " " + statistics.campaignId());
            info.setCreator("report-service");
            Pages pages = new Pages(document, font, ttf, statistics);
            pages.overview();
            if (!statistics.units().isEmpty()) { // a partner's statistics have national figures only
                pages.activitiesChart();
                pages.unitsTable();
            }
            document.save(out); // cuts the font subset, so the font stays open until here
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** The pages of one document. */
    private record Pages(PDDocument document, PDType0Font font, CjkFont.Opened ttf, CampaignStatistics s) {

        PdfCanvas page(String heading) throws IOException {
            PdfCanvas canvas = new PdfCanvas(document, font, ttf.font());
            canvas.text(heading, MARGIN, MARGIN + 14, 16);
            canvas.text("活动编号 / Campaign " + s.campaignId() + "    统计截至 / As of " + SummaryTables.asOf(s),
                    MARGIN, MARGIN + 30, 8);
            canvas.line(MARGIN, MARGIN + 36, PdfCanvas.width() - MARGIN, MARGIN + 36, PdfCanvas.RULE, 0.8f);
            return canvas;
        }

        void overview() throws IOException {
            Completeness c = s.completeness();
            Figures n = s.national();
            try (PdfCanvas canvas = page(TITLE)) {
                float y = MARGIN + 60;
                canvas.text("完成情况与及时性 / Completeness and timeliness", MARGIN, y, 11);
                y = pairs(canvas, MARGIN, y + 16, List.of(
                        new String[] { "应报 / Expected", count(c.expected()) },
                        new String[] { "已报 / Submitted", count(c.submitted()) },
                        new String[] { "已通过 / Accepted", count(c.accepted()) },
                        new String[] { "按时 / On time", count(c.onTime()) },
                        new String[] { "迟报 / Late", count(c.late()) },
                        new String[] { "缺报 / Missing", count(c.missing()) },
                        new String[] { "待报 / Pending", count(c.pending()) },
                        new String[] { "完成率 / Completeness rate", percent(c.completenessRate()) },
                        new String[] { "及时率 / Timeliness rate", percent(c.timelinessRate()) }));
                canvas.text("全国合计 / National totals", MARGIN, y + 14, 11);
                pairs(canvas, MARGIN, y + 30, List.of(
                        new String[] { "活动数 / Activities", count(n.activities()) },
                        new String[] { "参与人数 / Participants", count(n.participants()) },
                        new String[] { "媒体报道数 / Media items", count(n.mediaItems()) },
                        new String[] { "发运批次 / Shipments dispatched", count(n.shipmentsDispatched()) },
                        new String[] { "发出份数 / Copies dispatched", count(n.copiesDispatched()) },
                        new String[] { "签收份数 / Copies received", count(n.copiesReceived()) },
                        new String[] { "破损份数 / Copies damaged", count(n.copiesDamaged()) },
                        new String[] { "下载次数 / Downloads", count(n.downloads()) }));

                float right = 330;
                canvas.text("报告及时性 / Timeliness of the reports", right, MARGIN + 60, 11);
                PdfCharts.vertical(canvas, List.of(
                        new PdfCharts.Bar("按时", c.onTime(), ON_TIME),
                        new PdfCharts.Bar("迟报", c.late(), LATE),
                        new PdfCharts.Bar("缺报", c.missing(), MISSING),
                        new PdfCharts.Bar("待报", c.pending(), PENDING)),
                        right, MARGIN + 72, 220, 170);
                float y2 = activityTypes(canvas, right, MARGIN + 290);
                settings(canvas, right, y2 + 30);
            }
        }

        /** Label–value lines; returns the y after the last. */
        private float pairs(PdfCanvas canvas, float x, float y, List<String[]> pairs) throws IOException {
            for (String[] pair : pairs) {
                canvas.text(pair[0], x, y, 9);
                canvas.textRight(pair[1], x + 250, y, 9);
                y += 14;
            }
            return y;
        }

        /** The activity-type table; returns the y of its last line. */
        private float activityTypes(PdfCanvas canvas, float x, float y) throws IOException {
            canvas.text("活动类型 / Activity types", x, y, 11);
            float[] right = { x + 260, x + 340, x + 420 };
            y += 16;
            canvas.text("类型 / Type", x, y, 8);
            canvas.textRight("活动数 / Activities", right[0], y, 8);
            canvas.textRight("参与人数 / Participants", right[1] + 20, y, 8);
            canvas.textRight("媒体 / Media", right[2], y, 8);
            canvas.line(x, y + 4, right[2], y + 4, PdfCanvas.RULE, 0.5f);
            for (TypeFigures t : s.national().byType()) {
                y += 13;
                canvas.text(Labels.activityTypeZh(t.activityType()) + " " + t.activityType(), x, y, 8.5f);
                canvas.textRight(count(t.activities()), right[0], y, 8.5f);
                canvas.textRight(count(t.participants()), right[1] + 20, y, 8.5f);
                canvas.textRight(count(t.mediaItems()), right[2], y, 8.5f);
            }
            return y;
        }

        private void settings(PdfCanvas canvas, float x, float y) throws IOException {
            canvas.text("活动场所 / Activity settings", x, y, 11);
            y += 16;
            canvas.text("场所 / Setting", x, y, 8);
            canvas.textRight("活动数 / Activities", x + 260, y, 8);
            canvas.line(x, y + 4, x + 260, y + 4, PdfCanvas.RULE, 0.5f);
            for (var e : new TreeMap<>(s.national().activitiesBySetting()).entrySet()) {
                y += 13;
                canvas.text(Labels.settingZh(e.getKey()) + " " + e.getKey(), x, y, 8.5f);
                canvas.textRight(count(e.getValue()), x + 260, y, 8.5f);
            }
        }

        void activitiesChart() throws IOException {
            try (PdfCanvas canvas = page("各省级单位活动数 / Activities per provincial unit")) {
                List<PdfCharts.Bar> bars = new ArrayList<>();
                for (UnitStatistics u : s.units()) {
                    String label = u.nameZh() == null ? u.provincialUnit() : u.nameZh();
                    bars.add(new PdfCharts.Bar(label, u.figures().activities(), PdfCharts.BAR));
                }
                float top = MARGIN + 48;
                PdfCharts.horizontal(canvas, bars, MARGIN, top, PdfCanvas.width() - 2 * MARGIN,
                        PdfCanvas.A4_LANDSCAPE.getHeight() - top - MARGIN, 110);
            }
        }

        void unitsTable() throws IOException {
            // column: left edge, width, numeric (right-aligned)
            String[][] header = {
                    { "代码", "Code" }, { "省级单位", "Provincial unit" }, { "英文名称", "English name" },
                    { "活动数", "Activities" }, { "参与人数", "Participants" }, { "媒体报道", "Media items" },
                    { "发运批次", "Shipments" }, { "发出份数", "Dispatched" }, { "签收份数", "Received" },
                    { "破损份数", "Damaged" }, { "下载次数", "Downloads" }, { "报告状态", "Report" },
                    { "及时性", "Timeliness" } };
            float[] widths = { 40, 74, 124, 50, 58, 52, 50, 56, 56, 48, 58, 58, 46 };
            try (PdfCanvas canvas = page("各省级单位明细 / Provincial units")) {
                float[] left = new float[widths.length];
                float x = MARGIN;
                for (int i = 0; i < widths.length; i++) {
                    left[i] = x;
                    x += widths[i];
                }
                float y = MARGIN + 54;
                for (int i = 0; i < header.length; i++) {
                    cell(canvas, header[i][0], left[i], widths[i], y, 7.5f, isNumeric(i));
                    cell(canvas, header[i][1], left[i], widths[i], y + 9, 6.5f, isNumeric(i));
                }
                canvas.line(MARGIN, y + 13, x, y + 13, PdfCanvas.INK, 0.6f);
                y += 13;
                for (UnitStatistics u : s.units()) {
                    y += 12.5f;
                    row(canvas, left, widths, y, u.provincialUnit(), SummaryTables.text(u.nameZh()),
                            SummaryTables.text(u.nameEn()), u.figures(),
                            u.reportStatus() == null ? "" : Labels.zh(u.reportStatus()), timeliness(u.timeliness()));
                }
                canvas.line(MARGIN, y + 4, x, y + 4, PdfCanvas.INK, 0.6f);
                row(canvas, left, widths, y + 15, "", "全国合计", "National total", s.national(), "", "");
            }
        }

        private static String timeliness(Timeliness t) {
            return t == null ? "" : Labels.zh(t);
        }

        private static boolean isNumeric(int column) {
            return column >= 3 && column <= 10;
        }

        private void row(PdfCanvas canvas, float[] left, float[] widths, float y, String code, String nameZh,
                String nameEn, Figures f, String status, String timeliness) throws IOException {
            String[] cells = { code, nameZh, nameEn, count(f.activities()), count(f.participants()),
                    count(f.mediaItems()), count(f.shipmentsDispatched()), count(f.copiesDispatched()),
                    count(f.copiesReceived()), count(f.copiesDamaged()), count(f.downloads()), status, timeliness };
            for (int i = 0; i < cells.length; i++) {
                cell(canvas, cells[i], left[i], widths[i], y, 8, isNumeric(i));
            }
        }

        private static void cell(PdfCanvas canvas, String text, float left, float width, float y, float size,
                boolean numeric) throws IOException {
            if (numeric) {
                canvas.textRight(text, left + width - 8, y, size); // 8 pt apart from a text column after it
            } else {
                canvas.textFit(text, left, y, size, width - 4);
            }
        }
    }
}
