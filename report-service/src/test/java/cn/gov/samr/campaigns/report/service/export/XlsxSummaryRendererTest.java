package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/** The workbook read back with POI (the full XSSF reader, not the streaming writer) and compared. */
class XlsxSummaryRendererTest {

    private static final CampaignStatistics S = DemoStatistics.national2022();
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxSummaryRenderer().write(S, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetPerTableEachWithAFrozenHeaderRow() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("概况 Overview", "省级单位 Provincial units", "活动类型 Activity types",
                "活动场所 Activity settings"), names);
        for (Sheet sheet : workbook) {
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, sheet.getSheetName());
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "header row frozen on " + sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0, "a font of its own: bold");
        }
        assertEquals(2, workbook.getSheet("省级单位 Provincial units").getPaneInformation()
                .getVerticalSplitPosition(), "code and Chinese name stay in view");
    }

    @Test
    void unitsAreNumericCellsEqualToTheStatistics() {
        Sheet sheet = workbook.getSheet("省级单位 Provincial units");
        assertEquals(SummaryTables.UNIT_HEADER, texts(sheet.getRow(0), 0, 13));
        assertEquals(S.units().size() + 1, sheet.getLastRowNum(), "32 units and the national total");
        for (int i = 0; i < S.units().size(); i++) {
            UnitStatistics u = S.units().get(i);
            Row row = sheet.getRow(i + 1);
            assertEquals(List.of(u.provincialUnit(), u.nameZh(), u.nameEn()), texts(row, 0, 3));
            assertEquals(CsvSummaryRendererTest.figures(u.figures()), numbers(row, 3, 11), u.nameZh());
            assertTrue(row.getCell(12).getStringCellValue().startsWith(Labels.zh(u.timeliness()) + " / "));
        }
        Row national = sheet.getRow(S.units().size() + 1);
        assertEquals("全国合计", national.getCell(1).getStringCellValue());
        assertEquals(CsvSummaryRendererTest.figures(S.national()), numbers(national, 3, 11));
    }

    @Test
    void overviewCountsAreNumbersAndRatesArePercentages() {
        Sheet sheet = workbook.getSheet("概况 Overview");
        assertEquals(S.campaignId().toString(), sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals(List.of(32L, 28L, 20L, 24L, 4L, 2L, 2L), numbers(sheet, 3, 10));
        assertEquals(S.completeness().completenessRate(), sheet.getRow(10).getCell(1).getNumericCellValue());
        assertEquals(S.completeness().timelinessRate(), sheet.getRow(11).getCell(1).getNumericCellValue());
        assertEquals("0.0%", sheet.getRow(11).getCell(1).getCellStyle().getDataFormatString());
    }

    @Test
    void activityTypesAndSettingsEqualTheNationalFigures() {
        Sheet types = workbook.getSheet("活动类型 Activity types");
        for (int i = 0; i < S.national().byType().size(); i++) {
            TypeFigures t = S.national().byType().get(i);
            Row row = types.getRow(i + 1);
            assertEquals(t.activityType(), row.getCell(0).getStringCellValue());
            assertEquals(List.of(t.activities(), t.participants(), t.mediaItems()), numbers(row, 2, 5));
        }
        Sheet settings = workbook.getSheet("活动场所 Activity settings");
        assertEquals("farms", settings.getRow(2).getCell(0).getStringCellValue());
        assertEquals(S.national().activitiesBySetting().get("farms"),
                (long) settings.getRow(2).getCell(2).getNumericCellValue());
    }

    @Test
    void nationalFiguresOnlyLeaveTheNationalTotalRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxSummaryRenderer().write(DemoStatistics.nationalOnly(), out);
        try (XSSFWorkbook national = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet units = national.getSheet("省级单位 Provincial units");
            assertEquals(1, units.getLastRowNum());
            assertEquals(CsvSummaryRendererTest.figures(S.national()), numbers(units.getRow(1), 3, 11));
        }
    }

    private static List<String> texts(Row row, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int c = from; c < to; c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    private static List<Long> numbers(Row row, int from, int to) {
        List<Long> numbers = new ArrayList<>();
        for (int c = from; c < to; c++) {
            assertEquals(CellType.NUMERIC, row.getCell(c).getCellType(), "column " + c);
            numbers.add((long) row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }

    /** Column 1 of rows from..to-1. */
    private static List<Long> numbers(Sheet sheet, int from, int to) {
        List<Long> numbers = new ArrayList<>();
        for (int r = from; r < to; r++) {
            numbers.add(numbers(sheet.getRow(r), 1, 2).get(0));
        }
        return numbers;
    }
}
