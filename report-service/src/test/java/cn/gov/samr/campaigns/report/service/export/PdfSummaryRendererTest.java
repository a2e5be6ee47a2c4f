package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * The PDF checked with real tools: PDFBox reads its text back, poppler's pdffonts and PDFBox both find the CJK font
 * embedded, and pdftoppm renders every page to PNG (kept in target/pdf-export for a person to look at).
 */
class PdfSummaryRendererTest {

    private static final CampaignStatistics S = DemoStatistics.national2022();
    private static final Path OUT = Paths.get("target", "pdf-export");
    private static Path pdf;
    private static byte[] bytes;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSummaryRenderer(new CjkFont(Optional.empty(), Optional.empty())).write(S, out);
        bytes = out.toByteArray();
        Files.createDirectories(OUT);
        pdf = Files.write(OUT.resolve("national-summary.pdf"), bytes);
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
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                    assertNotNull(cid.getFontDescriptor().getFontFile2(), "TrueType program embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 3, "every page sets text");
        }
        // poppler, which renders the PNGs below, agrees: columns "emb sub uni" are yes yes yes
        String pdffonts = run("pdffonts", pdf.toString());
        List<String> rows = pdffonts.lines().skip(2).toList();
        assertFalse(rows.isEmpty(), pdffonts);
        for (String row : rows) {
            assertTrue(row.matches(".*CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"), pdffonts);
        }
    }

    @Test
    void pdftoppmRendersEveryPageNonBlankAtA4Size() throws IOException {
        run("pdftoppm", "-png", "-r", "80", pdf.toString(), OUT.resolve("page").toString());
        for (int page = 1; page <= 3; page++) {
            BufferedImage image = ImageIO.read(OUT.resolve("page-" + page + ".png").toFile());
            assertNotNull(image, "page " + page);
            // 841.89 × 595.28 pt at 80 dpi
            assertEquals(936, image.getWidth(), 1, "width of page " + page);
            assertEquals(661, image.getHeight(), 1, "height of page " + page);
            Map<String, Integer> ink = ink(image);
            assertTrue(ink.get("dark") > 1000, "text on page " + page + ": " + ink);
            if (page <= 2) {
                assertTrue(ink.get("blue") + ink.get("green") > 3000, "chart bars on page " + page + ": " + ink);
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

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            // no timing assert: the bound only keeps a hung tool from hanging the build
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }
}
