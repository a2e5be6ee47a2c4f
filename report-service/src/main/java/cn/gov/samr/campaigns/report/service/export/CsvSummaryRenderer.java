package cn.gov.samr.campaigns.report.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;

/**
 * The summary as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled),
 * UTF-8 with a byte-order mark because Excel on a Chinese Windows otherwise decodes the file as GBK. The tables
 * follow one another, each as a title line, a header line and its rows, with an empty line between them; rows
 * are written as they are laid out, never collected into one string.
 */
@ApplicationScoped
public class CsvSummaryRenderer implements SummaryRenderer {

    static final String CRLF = "\r\n";

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public void write(CampaignStatistics statistics, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        boolean first = true;
        for (SummaryTable table : SummaryTables.of(statistics)) {
            if (!first) {
                w.write(CRLF);
            }
            first = false;
            row(w, List.of(table.title()));
            row(w, table.header());
            for (List<Object> row : table.rows()) {
                row(w, row);
            }
        }
        w.flush(); // not close: the stream is the caller's
    }

    private static void row(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write(CRLF);
    }

    static String field(Object value) {
        String text = value instanceof Double d ? Double.toString(d) : String.valueOf(value);
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            // text a spreadsheet would run as a formula (OWASP "CSV injection"): a leading quote keeps it text
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
