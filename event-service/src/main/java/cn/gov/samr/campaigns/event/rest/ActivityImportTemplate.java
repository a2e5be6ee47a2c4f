package cn.gov.samr.campaigns.event.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: sheet 1 "活动 activities" with the header row (Chinese and English names), a drop-down list
 * where a column takes one of a few values, and text format for the division code (a number would lose nothing
 * today, but a leading zero or a 9-digit code should stay as typed); sheet 2 "说明 columns" explains each column.
 */
final class ActivityImportTemplate {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FILE_NAME = "activity-import-template.xlsx";

    /** Rows the drop-down lists cover: the import's maximum, plus the header. */
    private static final int LAST_ROW = 2000;

    private ActivityImportTemplate() {
    }

    static byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet activities = workbook.createSheet("活动 activities");
            Row header = activities.createRow(0);
            DataValidationHelper validations = activities.getDataValidationHelper();
            for (ImportColumn column : ImportColumn.values()) {
                int c = column.ordinal();
                header.createCell(c).setCellValue(column.header());
                header.getCell(c).setCellStyle(bold);
                activities.setColumnWidth(c, 20 * 256);
                if (column == ImportColumn.DIVISION) {
                    activities.setDefaultColumnStyle(c, text);
                }
                if (column.values != null && column != ImportColumn.SETTINGS) { // settings takes several values
                    DataValidation list = validations.createValidation(
                            validations.createExplicitListConstraint(column.values.keySet().toArray(String[]::new)),
                            new CellRangeAddressList(1, LAST_ROW, c, c));
                    list.setShowErrorBox(false); // the Chinese names are accepted too
                    activities.addValidationData(list);
                }
            }
            activities.createFreezePane(0, 1);

            Sheet columns = workbook.createSheet("说明 columns");
            String[] titles = { "列 column", "中文", "必填 required", "格式 format", "可选值 allowed values" };
            Row titleRow = columns.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                titleRow.createCell(i).setCellValue(titles[i]);
                titleRow.getCell(i).setCellStyle(bold);
            }
            for (ImportColumn column : ImportColumn.values()) {
                Row row = columns.createRow(column.ordinal() + 1);
                row.createCell(0).setCellValue(column.key);
                row.createCell(1).setCellValue(column.zh);
                row.createCell(2).setCellValue(column.required ? "是 yes" : "否 no");
                row.createCell(3).setCellValue(column.help);
                row.createCell(4).setCellValue(column.values == null ? "" : allowed(column.values));
            }
            Row note = columns.createRow(ImportColumn.values().length + 2);
            note.createCell(0).setCellValue("The campaign is chosen when uploading (?campaign=); every activity is "
                    + "scheduled as planned, all rows or none. 活动所属宣传周在上传时指定；全部行通过检查才会导入。");
            columns.setColumnWidth(0, 24 * 256);
            columns.setColumnWidth(3, 60 * 256);
            columns.setColumnWidth(4, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String allowed(Map<String, String> values) {
        return values.entrySet().stream().map(v -> v.getKey() + " " + v.getValue()).collect(Collectors.joining(", "));
    }
}
