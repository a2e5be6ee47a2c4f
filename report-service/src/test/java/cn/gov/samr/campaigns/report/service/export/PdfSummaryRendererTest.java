package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * The PDF read back by PDFBox, with no system tool: its text, its fonts (the CJK font embedded as a subset with a
 * ToUnicode map, what poppler's pdffonts calls "CID TrueType Identity-H, emb sub uni"), and every page rendered
 * from the embedded glyphs to PNG (kept in target/pdf-export for a person to look at).
 */
class PdfSummaryRendererTest {

    private static final CampaignStatistics S = DemoStatistics.national2022();
    private static final Path OUT = Paths.get("target", "pdf-export");
    private static byte[] bytes;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSummaryRenderer(new CjkFont(Optional.empty(), Optional.empty())).write(S, out);
        bytes = out.toByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("national-summary.pdf"), bytes);
    }

    @Test
    void threeA4LandscapePages() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(3, document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getHeight(), 0.01);
            }
        }
    }

    @Test
    void theTextHasEveryChineseNameAndFigure() throws IOException {
        List<String> pages = pageTexts();
        String overview = pages.get(0);
        assertTrue(overview.contains(PdfSummaryRenderer.TITLE), overview);
        assertTrue(overview.contains("2022-10-20 18:00:00 +08:00"));
        assertTrue(overview.contains("完成率 / Completeness rate 87.5%"), overview);
        assertTrue(overview.contains("及时率 / Timeliness rate 75.0%"), overview);
        assertTrue(overview.contains("活动数 / Activities " + String.format("%,d", S.national().activities())));
        assertTrue(overview.contains("下载次数 / Downloads " + String.format("%,d", S.national().downloads())));
        for (String label : List.of("按时", "迟报", "缺报", "待报", "启动仪式 launch-ceremony",
                "进社区 communities " + String.format("%,d", S.national().activitiesBySetting().get("communities")))) {
            assertTrue(overview.contains(label), label);
        }

        String chart = pages.get(1);
        for (UnitStatistics u : S.units()) {
            assertTrue(chart.contains(u.nameZh() + " " + u.figures().activities()), u.nameZh() + " in\n" + chart);
        }

        List<String> tableLines = pages.get(2).lines().toList();
        for (UnitStatistics u : S.units()) {
            var f = u.figures();
            String expected = String.join(" ", u.provincialUnit(), u.nameZh(), u.nameEn(),
                    String.format("%,d %,d %,d %,d %,d %,d %,d %,d", f.activities(), f.participants(),
                            f.mediaItems(), f.shipmentsDispatched(), f.copiesDispatched(), f.copiesReceived(),
                            f.copiesDamaged(), f.downloads()),
                    Labels.zh(u.reportStatus()), Labels.zh(u.timeliness()));
            assertTrue(tableLines.contains(expected), expected + " in\n" + pages.get(2));
        }
        assertTrue(tableLines.stream().anyMatch(l -> l.startsWith("全国合计 National total "
                + String.format("%,d", S.national().activities()))), pages.get(2));
    }

    @Test
    void onlyTheCjkFontIsUsedAndItIsEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                List<PDFont> used = fontsOf(page.getResources());
                for (PDFont font : used) {
                    // what pdffonts lists as "CID TrueType Identity-H", with "emb sub uni" all yes
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertEquals(COSName.IDENTITY_H, font.getCOSObject().getCOSName(COSName.ENCODING),
                            font.getName());
                    PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                    assertTrue(cid instanceof PDCIDFontType2, "CID TrueType: " + cid.getClass());
                    assertNotNull(cid.getFontDescriptor().getFontFile2(), "TrueType program embedded");
                    assertTrue(font.isEmbedded() && !font.isDamaged(), "the embedded program reads: " + font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                    // the text test reads Chinese back through this map: Identity-H codes are glyph ids
                    assertNotNull(font.getCOSObject().getCOSStream(COSName.TO_UNICODE), "ToUnicode map: "
                            + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 3, "every page sets text");
        }
    }

    @Test
    void everyPageRendersNonBlankAtA4Size() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                // drawn from the embedded subset (the font test checks it is there and reads), not a system font
                BufferedImage image = renderer.renderImageWithDPI(page, 80, ImageType.RGB);
                ImageIO.write(image, "png", OUT.resolve("page-" + (page + 1) + ".png").toFile());
                // 841.89 × 595.28 pt at 80 dpi
                assertEquals(935.4, image.getWidth(), 1, "width of page " + (page + 1));
                assertEquals(661.4, image.getHeight(), 1, "height of page " + (page + 1));
                Map<String, Integer> ink = ink(image);
                assertTrue(ink.get("dark") > 1000, "text on page " + (page + 1) + ": " + ink);
                if (page < 2) {
                    assertTrue(ink.get("blue") + ink.get("green") > 3000, "chart bars on page " + (page + 1) + ": "
                            + ink);
                }
            }
        }
    }

    @Test
    void whatTheFontCannotDrawBecomesAQuestionMarkAndAConfiguredFontIsUsed() throws IOException {
        // a font given by path and picked from its collection by name, as report-service.exports.cjk-font does
        CjkFont configured = new CjkFont(Optional.of(Paths.get("src/main/resources", CjkFont.BUNDLED)),
                Optional.of("WenQuanYiMicroHei"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a tab and an emoji (U+1F3EF), neither of which the font has
        new PdfSummaryRenderer(configured)
                .write(DemoStatistics.withNames(Map.of("110000", "Beijing\t\uD83C\uDFEF")), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(document).contains("110000 北京市 Beijing?? 20 "), stripper.getText(document));
        }
    }

    @Test
    void nationalFiguresOnlyMakeOnePageAndAUnitWithoutNameIsChartedByCode() throws IOException {
        CjkFont bundled = new CjkFont(Optional.empty(), Optional.empty());
        ByteArrayOutputStream national = new ByteArrayOutputStream();
        new PdfSummaryRenderer(bundled).write(DemoStatistics.nationalOnly(), national);
        try (PDDocument document = Loader.loadPDF(national.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
        }
        ByteArrayOutputStream nameless = new ByteArrayOutputStream();
        new PdfSummaryRenderer(bundled).write(DemoStatistics.withoutObligation("660000"), nameless);
        try (PDDocument document = Loader.loadPDF(nameless.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("660000 87"), stripper.getText(document));
        }
    }

    /** Counts of dark (text, rules), bar-blue and on-time-green pixels. */
    private static Map<String, Integer> ink(BufferedImage image) {
        int dark = 0;
        int blue = 0;
        int green = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 200) {
                    dark++;
                } else if (b > 150 && r < 80) {
                    blue++;
                } else if (g > 130 && r < 80 && b < 100) {
                    green++;
                }
            }
        }
        return Map.of("dark", dark, "blue", blue, "green", green);
    }

    private static List<String> pageTexts() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The fonts a page uses, including those of its form XObjects, as pdffonts lists them. */
    private static List<PDFont> fontsOf(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        if (resources == null) {
            return fonts;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts.addAll(fontsOf(form.getResources()));
            }
        }
        return fonts;
    }
}
