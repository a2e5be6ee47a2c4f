package cn.gov.samr.campaigns.report.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;

/**
 * The summary as an Excel workbook, one sheet per table: a bold header row frozen in place, counts as numeric
 * cells, rates as numbers formatted as percentages, so the national office can sum and chart them in Excel.
 * Written with SXSSF, which keeps only a window of rows in memory and spills the rest to a temporary file.
 */
@ApplicationScoped
public class XlsxSummaryRenderer implements SummaryRenderer {

    /** Rows SXSSF keeps in memory per sheet; the tables are small, the window bounds memory for large ones. */
    private static final int ROW_WINDOW = 100;

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void write(CampaignStatistics statistics, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            Styles styles = new Styles(workbook);
            for (SummaryTable table : SummaryTables.of(statistics)) {
                sheet(workbook, styles, table);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose(); // removes the temporary files SXSSF wrote its rows to
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, SummaryTable table) {
        SXSSFSheet sheet = workbook.createSheet(table.sheet());
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(styles.header);
            // SXSSF cannot auto-size after rows are flushed; bilingual headers are about this wide
            sheet.setColumnWidth(c, Math.min(60, Math.max(14, table.header().get(c).length() + 6)) * 256);
        }
        // the header stays in view; on the units sheet the code and the Chinese name stay too
        sheet.createFreezePane(table.header().size() > 3 ? 2 : 0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof Double rate) {
                    cell.setCellValue(rate);
                    cell.setCellStyle(styles.percent);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }
    }
}
