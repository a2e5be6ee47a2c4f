package cn.gov.samr.campaigns.event.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rows of an activity import, and the XLSX and CSV files that carry them. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /**
     * {@code count} valid lectures of the 2022 organic week (19 to 23 September) in Jiangsu's districts, one a
     * quarter hour apart so that none shares a venue's time with another; mutable, so a test can break a cell.
     */
    static List<Map<ImportColumn, String>> lectures(int count) {
        String[] districts = { "320102", "320104", "320105", "320106", "320111", "320200", "320500" };
        List<Map<ImportColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
            int day = 19 + i % 5;
            int minutes = 8 * 60 + (i / 5 % 40) * 15;
            row.put(ImportColumn.TYPE, i % 2 == 0 ? "knowledge-lecture" : "知识讲解");
            row.put(ImportColumn.TITLE_ZH, "有机产品认证知识讲解进社区 第" + (i + 1) + "场");
            row.put(ImportColumn.TITLE_EN, "Organic certification explained, session " + (i + 1));
            row.put(ImportColumn.DIVISION, districts[i % districts.length]);
            row.put(ImportColumn.ADDRESS, "社区中心 " + (i + 1) + " 号");
            row.put(ImportColumn.LATITUDE, "32.05");
            row.put(ImportColumn.LONGITUDE, "118.79");
            row.put(ImportColumn.STARTS_AT, String.format("2022-09-%02d %02d:%02d", day, minutes / 60, minutes % 60));
            row.put(ImportColumn.ENDS_AT, String.format("2022-09-%02d %02d:%02d", day, minutes / 60 + 1, minutes % 60));
            row.put(ImportColumn.FORMAT, "offline");
            row.put(ImportColumn.SETTINGS, "communities,schools");
            row.put(ImportColumn.EXPECTED_PARTICIPANTS, "120");
            row.put(ImportColumn.INVITED_MEDIA, "新华日报");
            row.put(ImportColumn.CONTACT_NAME, "王工");
            row.put(ImportColumn.CONTACT_PHONE, "025-00000000");
            row.put(ImportColumn.VISIBILITY, "public");
            row.put(ImportColumn.VOLUNTARY_PARTICIPATION, "是");
            row.put(ImportColumn.NO_FEE, "true");
            rows.add(row);
        }
        return rows;
    }

    /** The row number a spreadsheet shows for the data row at {@code index} (the header is row 1). */
    static int rowNumber(int index) {
        return index + 2;
    }

    /** An XLSX file as the template is filled: the header row, then one row per map, all cells text. */
    static byte[] xlsx(List<Map<ImportColumn, String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("活动 activities");
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                rows.get(i).forEach((column, value) -> row.createCell(column.ordinal()).setCellValue(value));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file as Excel saves "CSV UTF-8": a BOM, the header row, quoted cells. */
    static byte[] csv(List<Map<ImportColumn, String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(ImportColumn.all().stream().map(c -> quoted(c.header())).collect(Collectors.joining(",")))
                .append("\r\n");
        for (Map<ImportColumn, String> row : rows) {
            csv.append(ImportColumn.all().stream().map(c -> quoted(row.getOrDefault(c, "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
