package cn.gov.samr.campaigns.event.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * Reads an import file (XLSX or CSV) into rows of text cells by column. What is wrong with the file as a whole (not
 * readable, no such columns, too many rows) is a 400 naming {@code body}; what is wrong with a row is judged later.
 */
final class ActivitySheet {

    /** A data row as the spreadsheet numbers it (the header is row 1) and its non-blank cells. */
    record SheetRow(int number, Map<ImportColumn, String> cells) {
    }

    /*
     * Zip-bomb guards (process-wide, POI's own): an entry may not inflate more than 100 times its compressed size
     * (POI's default, stated here so that nobody loosens it unknowingly), nor beyond 100 MB, nor may a sheet's text
     * exceed 100 million characters. A 10 MB file of 2,000 rows is far below each.
     */
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(100_000_000L);
    }

    private ActivitySheet() {
    }

    static List<SheetRow> readXlsx(byte[] file, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || header.getRowNum() != 0) {
                throw bad("the first row of the first sheet must be the header row of the template");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
                names.add(text(header.getCell(c)));
            }
            Map<Integer, ImportColumn> columns = columns(names);
            List<SheetRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                columns.forEach((c, column) -> put(cells, column, text(row.getCell(c))));
                add(rows, new SheetRow(r + 1, cells), maxRows);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw bad("not a readable XLSX file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** UTF-8 (a leading BOM, as Excel writes it, is skipped); the header is the first record. */
    static List<SheetRow> readCsv(byte[] file, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw bad("a CSV file must be UTF-8 text (save it as \"CSV UTF-8\")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Blank lines are records too (and skipped below), so that a record's number is the line a spreadsheet shows
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Integer, ImportColumn> columns = null;
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columns(record.toList());
                    continue;
                }
                Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                columns.forEach((c, column) -> put(cells, column, c < record.size() ? record.get(c) : ""));
                add(rows, new SheetRow((int) record.getRecordNumber(), cells), maxRows);
            }
            if (columns == null) {
                throw bad("the file is empty");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw bad("not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    /** Which column each header cell names; every required column present, none unknown or twice. */
    private static Map<Integer, ImportColumn> columns(List<String> header) {
        InvalidInputException.Collector errors = InvalidInputException.collect();
        Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c) == null ? "" : header.get(c).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.ofHeader(name);
            errors.check(column.isPresent(), "body", "header cell " + (c + 1) + " '" + name
                    + "' names no import column; the template's second sheet lists them");
            if (column.isPresent()) {
                errors.check(!columns.containsValue(column.get()), "body", "column " + column.get().key
                        + " appears twice in the header row");
                columns.put(c, column.get());
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            errors.check(!column.required || columns.containsValue(column), "body",
                    "the header row has no column " + column.header());
        }
        errors.throwIfAny();
        return columns;
    }

    private static void put(Map<ImportColumn, String> cells, ImportColumn column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
        }
    }

    /** Blank rows are left out (a sheet often has formatted empty rows below its data); the rest count. */
    private static void add(List<SheetRow> rows, SheetRow row, int maxRows) {
        if (row.cells().isEmpty()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw bad("at most " + maxRows + " activities per file; split it");
        }
        rows.add(row);
    }

    /** A cell as text: a date-time cell as yyyy-MM-ddTHH:mm (China time), a number without trailing zeros. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static InvalidInputException bad(String message) {
        return new InvalidInputException(List.of(new FieldError("body", message)));
    }
}
