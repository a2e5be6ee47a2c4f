package cn.gov.samr.campaigns.report.service.export;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 landscape page being drawn, in points from the top-left corner (PDF counts from the bottom-left), with
 * the embedded CJK font for every piece of text.
 */
final class PdfCanvas implements Closeable {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color RULE = new Color(0xCC, 0xCC, 0xCC);

    private final PDPageContentStream content;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float height;

    PdfCanvas(PDDocument document, PDType0Font font, TrueTypeFont ttf) throws IOException {
        PDPage page = new PDPage(A4_LANDSCAPE);
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
        this.font = font;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.height = A4_LANDSCAPE.getHeight();
    }

    static float width() {
        return A4_LANDSCAPE.getWidth();
    }

    /** Text with its baseline at y. */
    void text(String text, float x, float y, float size) throws IOException {
        String printable = printable(text);
        content.beginText();
        content.setNonStrokingColor(INK);
        content.setFont(font, size);
        content.newLineAtOffset(x, height - y);
        content.showText(printable);
        content.endText();
    }

    void textRight(String text, float right, float y, float size) throws IOException {
        text(text, right - width(text, size), y, size);
    }

    /** Text shrunk (down to 5 pt) so it fits the width, for names longer than their column. */
    void textFit(String text, float x, float y, float size, float maxWidth) throws IOException {
        float fitted = size;
        while (fitted > 5 && width(text, fitted) > maxWidth) {
            fitted -= 0.5f;
        }
        text(text, x, y, fitted);
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    void fill(float x, float y, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, height - y - h, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, height - y1);
        content.lineTo(x2, height - y2);
        content.stroke();
    }

    /**
     * The text with what the font cannot draw replaced by '?': names come from data, and PDFBox refuses a whole
     * string for one missing glyph.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean drawable = !Character.isISOControl(cp) && cmap.getGlyphId(cp) != 0;
            out.appendCodePoint(drawable ? cp : '?');
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
