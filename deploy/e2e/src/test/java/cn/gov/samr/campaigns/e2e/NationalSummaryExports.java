package cn.gov.samr.campaigns.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the national summary's three files with parsers that are not the service's writers, and checks every
 * provincial unit's figures against the statistics endpoint's JSON.
 */
final class NationalSummaryExports {

    /** The figures of a unit row, in the exports' column order (after code, Chinese and English name). */
    static final List<String> FIGURES = List.of("activities", "participants", "mediaItems", "shipmentsDispatched",
            "copiesDispatched", "copiesReceived", "copiesDamaged", "downloads");

    private NationalSummaryExports() {
    }

    /** Unit code → its figures, from the statistics JSON. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Long>> expected(List<Map<String, Object>> units) {
        Map<String, List<Long>> byUnit = new TreeMap<>();
        for (Map<String, Object> unit : units) {
            Map<String, Object> figures = (Map<String, Object>) unit.get("figures");
            byUnit.put((String) unit.get("provincialUnit"),
                    FIGURES.stream().map(f -> ((Number) figures.get(f)).longValue()).toList());
        }
        return byUnit;
    }

    static Map<String, List<Long>> fromCsv(byte[] csv) throws IOException {
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        Map<String, List<Long>> byUnit = new TreeMap<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(in)) {
                if (row.size() >= 3 + FIGURES.size() && row.get(0).matches("\\d{6}")) {
                    List<Long> figures = new ArrayList<>();
                    for (int i = 3; i < 3 + FIGURES.size(); i++) {
                        figures.add(Long.parseLong(row.get(i)));
                    }
                    byUnit.put(row.get(0), figures);
                }
            }
        }
        return byUnit;
    }

    static Map<String, List<Long>> fromXlsx(byte[] xlsx) throws IOException {
        Map<String, List<Long>> byUnit = new TreeMap<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    Cell code = row.getCell(0);
                    if (code == null || code.getCellType() != CellType.STRING || !code.getStringCellValue().matches("\\d{6}")
                            || row.getLastCellNum() < 3 + FIGURES.size()) {
                        continue;
                    }
                    List<Long> figures = new ArrayList<>();
                    for (int i = 3; i < 3 + FIGURES.size(); i++) {
                        assertEquals(CellType.NUMERIC, row.getCell(i).getCellType(), "a number cell");
                        figures.add((long) row.getCell(i).getNumericCellValue());
                    }
                    byUnit.put(code.getStringCellValue(), figures);
                }
            }
        }
        return byUnit;
    }

    /** The PDF's text, every unit's line checked to carry its Chinese name and its figures in order. */
    static void checkPdf(byte[] pdf, List<Map<String, Object>> units, Map<String, List<Long>> expected)
            throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (Map<String, Object> unit : units) {
            String code = (String) unit.get("provincialUnit");
            String line = text.lines().filter(l -> l.startsWith(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + code + " in the PDF:\n" + text));
            assertTrue(line.contains((String) unit.get("nameZh")), line);
            String figures = String.join(" ", expected.get(code).stream().map(String::valueOf).toList());
            assertTrue(line.replaceAll("\\s+", " ").contains(" " + figures), "figures " + figures + " in: " + line);
        }
    }
}
