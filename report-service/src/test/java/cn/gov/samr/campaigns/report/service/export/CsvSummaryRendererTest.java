package cn.gov.samr.campaigns.report.service.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/** The CSV read back by Commons CSV (RFC 4180), every figure compared to the statistics it was written from. */
public class CsvSummaryRendererTest {

    private final CsvSummaryRenderer renderer = new CsvSummaryRenderer();

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        byte[] csv = render(DemoStatistics.national2022());
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(csv[0], csv[1], csv[2]), "UTF-8 byte-order mark");
        String text = new String(csv, UTF_8);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends in CRLF");
    }

    @Test
    void everyFigureEqualsTheStatistics() throws IOException {
        CampaignStatistics s = DemoStatistics.national2022();
        List<List<CSVRecord>> tables = tables(render(s));
        assertEquals(4, tables.size());

        List<CSVRecord> overview = tables.get(0);
        assertEquals("概况 / Overview", overview.get(0).get(0));
        assertEquals(List.of("项目 / Item", "数值 / Value"), overview.get(1).toList());
        assertEquals(List.of(s.campaignId().toString(), "2022-10-20 18:00:00 +08:00", "32", "28", "20", "24", "4",
                "2", "2"), overview.subList(2, 11).stream().map(r -> r.get(1)).toList());
        assertEquals(s.completeness().completenessRate(), Double.parseDouble(overview.get(11).get(1)));
        assertEquals(s.completeness().timelinessRate(), Double.parseDouble(overview.get(12).get(1)));

        List<CSVRecord> units = tables.get(1);
        assertEquals("区划代码 / Code", units.get(1).get(0));
        assertEquals(s.units().size() + 3, units.size(), "title, header, 32 units, national total");
        for (int i = 0; i < s.units().size(); i++) {
            UnitStatistics u = s.units().get(i);
            CSVRecord row = units.get(i + 2);
            assertEquals(List.of(u.provincialUnit(), u.nameZh(), u.nameEn()), row.toList().subList(0, 3));
            assertEquals(figures(u.figures()), longs(row.toList().subList(3, 11)), u.nameZh());
            assertTrue(row.get(11).endsWith(" / " + Labels.apiName(u.reportStatus())), row.get(11));
            assertTrue(row.get(12).endsWith(" / " + Labels.apiName(u.timeliness())), row.get(12));
        }
        CSVRecord national = units.get(units.size() - 1);
        assertEquals("全国合计", national.get(1));
        assertEquals(figures(s.national()), longs(national.toList().subList(3, 11)));

        List<CSVRecord> types = tables.get(2);
        List<TypeFigures> expectedTypes = s.national().byType();
        assertEquals(expectedTypes.size() + 2, types.size());
        for (int i = 0; i < expectedTypes.size(); i++) {
            TypeFigures t = expectedTypes.get(i);
            CSVRecord row = types.get(i + 2);
            assertEquals(t.activityType(), row.get(0));
            assertEquals(List.of(t.activities(), t.participants(), t.mediaItems()), longs(row.toList().subList(2, 5)));
        }
        assertEquals("启动仪式", types.get(2).get(1));

        List<CSVRecord> settings = tables.get(3);
        assertEquals(List.of("communities", "进社区", s.national().activitiesBySetting().get("communities").toString()),
                settings.get(2).toList());
        assertEquals(s.national().activitiesBySetting().get("farms"), Long.valueOf(settings.get(3).get(2)));
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksSurviveTheRoundTrip() throws IOException {
        String tricky = "Beijing, \"the capital\"\r\nsecond line";
        CampaignStatistics s = DemoStatistics.withNames(Map.of("110000", tricky));
        CSVRecord beijing = tables(render(s)).get(1).get(2);
        assertEquals(tricky, beijing.get(2));
        assertEquals(13, beijing.size(), "the name stays one field");
    }

    @Test
    void aUnitWithoutObligationHasEmptyNamesStatusAndTimeliness() throws IOException {
        CampaignStatistics s = DemoStatistics.withoutObligation("660000");
        CSVRecord corps = tables(render(s)).get(1).get(33);
        assertEquals("660000", corps.get(0));
        assertEquals(List.of("", ""), corps.toList().subList(1, 3));
        assertEquals(List.of("", ""), corps.toList().subList(11, 13));
        assertEquals(figures(s.units().get(31).figures()), longs(corps.toList().subList(3, 11)));
    }

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertEquals("北京市", CsvSummaryRenderer.field("北京市"));
        assertEquals("\"a,b\"", CsvSummaryRenderer.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvSummaryRenderer.field("say \"hi\""));
        assertEquals("\"a\nb\"", CsvSummaryRenderer.field("a\nb"));
        assertEquals("0.75", CsvSummaryRenderer.field(0.75));
        assertEquals("1234567", CsvSummaryRenderer.field(1234567L));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaStaysText() {
        assertEquals("'=HYPERLINK(A1)", CsvSummaryRenderer.field("=HYPERLINK(A1)"));
        assertEquals("\"'=SUM(A1,B1)\"", CsvSummaryRenderer.field("=SUM(A1,B1)"), "and quoted as RFC 4180 says");
        assertEquals("'+1", CsvSummaryRenderer.field("+1"));
        assertEquals("'-1", CsvSummaryRenderer.field("-1"));
        assertEquals("'@SUM(A1)", CsvSummaryRenderer.field("@SUM(A1)"));
        assertEquals("-1", CsvSummaryRenderer.field(-1L), "a number is not text");
    }

    private byte[] render(CampaignStatistics s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(s, out);
        return out.toByteArray();
    }

    /** The records, split into tables at the empty lines. */
    public static List<List<CSVRecord>> tables(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, UTF_8);
        List<List<CSVRecord>> tables = new ArrayList<>();
        List<CSVRecord> current = new ArrayList<>();
        CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        for (CSVRecord record : rfc4180.parse(new StringReader(text))) {
            if (record.size() == 1 && record.get(0).isEmpty()) {
                tables.add(current);
                current = new ArrayList<>();
            } else {
                current.add(record);
            }
        }
        tables.add(current);
        return tables;
    }

    public static List<Long> figures(Figures f) {
        return Arrays.asList(f.activities(), f.participants(), f.mediaItems(), f.shipmentsDispatched(),
                f.copiesDispatched(), f.copiesReceived(), f.copiesDamaged(), f.downloads());
    }

    private static List<Long> longs(List<String> cells) {
        return cells.stream().map(Long::valueOf).toList();
    }
}
