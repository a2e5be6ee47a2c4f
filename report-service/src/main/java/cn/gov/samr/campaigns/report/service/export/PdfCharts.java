package cn.gov.samr.campaigns.report.service.export;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Bar charts drawn as PDF vector graphics, so they stay sharp at any zoom and print as they look. */
final class PdfCharts {

    static final Color BAR = new Color(0x2F, 0x6E, 0xB5);

    /** A labelled value of a chart. */
    record Bar(String label, long value, Color color) {
    }

    private PdfCharts() {
    }

    /**
     * Horizontal bars, one per line (labels on the left, the value after the bar), with a scale of round numbers:
     * 32 provincial names read better across than up a vertical axis.
     */
    static void horizontal(PdfCanvas canvas, List<Bar> bars, float x, float y, float w, float h, float labelWidth)
            throws IOException {
        long max = niceMax(bars.stream().mapToLong(Bar::value).max().orElse(0));
        float axisX = x + labelWidth;
        float plotWidth = w - labelWidth - 50; // room for the value after the longest bar
        float rowHeight = (h - 14) / Math.max(1, bars.size());
        float fontSize = Math.min(9, rowHeight * 0.7f);
        long step = max / 5;
        for (long tick = 0; tick <= max; tick += step) {
            float tx = axisX + plotWidth * tick / max;
            canvas.line(tx, y, tx, y + h - 14, PdfCanvas.RULE, 0.5f);
            canvas.textRight(PdfSummaryRenderer.count(tick), tx + canvas.width(PdfSummaryRenderer.count(tick), 7) / 2,
                    y + h - 4, 7);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float top = y + i * rowHeight;
            float barWidth = plotWidth * bar.value() / max;
            canvas.textRight(bar.label(), axisX - 4, top + rowHeight * 0.5f + fontSize * 0.35f, fontSize);
            canvas.fill(axisX, top + rowHeight * 0.15f, Math.max(barWidth, 0.5f), rowHeight * 0.7f, bar.color());
            canvas.text(PdfSummaryRenderer.count(bar.value()), axisX + barWidth + 3,
                    top + rowHeight * 0.5f + fontSize * 0.35f, fontSize);
        }
        canvas.line(axisX, y, axisX, y + h - 14, PdfCanvas.INK, 0.8f);
    }

    /** Vertical bars for a few categories, the value above each bar and the label under it. */
    static void vertical(PdfCanvas canvas, List<Bar> bars, float x, float y, float w, float h) throws IOException {
        long max = niceMax(bars.stream().mapToLong(Bar::value).max().orElse(0));
        float baseline = y + h - 16;
        float plotHeight = h - 32;
        float slot = w / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float barHeight = plotHeight * bar.value() / max;
            float left = x + i * slot + slot * 0.2f;
            float barWidth = slot * 0.6f;
            canvas.fill(left, baseline - barHeight, barWidth, Math.max(barHeight, 0.5f), bar.color());
            String value = PdfSummaryRenderer.count(bar.value());
            canvas.text(value, left + (barWidth - canvas.width(value, 9)) / 2, baseline - barHeight - 3, 9);
            canvas.text(bar.label(), left + (barWidth - canvas.width(bar.label(), 9)) / 2, baseline + 12, 9);
        }
        canvas.line(x, baseline, x + w, baseline, PdfCanvas.INK, 0.8f);
    }

    /** The smallest round step (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) whose 5 ticks reach max: a scale read at a glance. */
    static long niceMax(long max) {
        if (max <= 5) {
            return 5;
        }
        double rawStep = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        for (double factor : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
            long step = (long) Math.ceil(factor * magnitude);
            if (step * 5 >= max) {
                return step * 5;
            }
        }
        return (long) Math.ceil(10 * magnitude) * 5;
    }
}
