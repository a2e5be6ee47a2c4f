package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.messaging.ActivityEvents.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.report.messaging.ActivityChanged;
import cn.gov.samr.campaigns.report.messaging.ActivityEvents.Activity;
import cn.gov.samr.campaigns.report.messaging.CampaignEvents;
import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Shipment;
import cn.gov.samr.campaigns.report.service.export.CsvSummaryRendererTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The exports over HTTP, from events through the projections to the file: every figure in the CSV and XLSX equals
 * the statistics endpoint's for the same caller; the PDF carries the names and totals.
 */
@QuarkusTest
class NationalSummaryExportResourceTest {

    private static final UUID CAMPAIGN = UUID.randomUUID();
    private static final String STATISTICS = "/api/v1/statistics/campaigns/{campaign}";
    private static final String EXPORT = "/api/v1/exports/campaigns/{campaign}/national-summary.{format}";
    private static final List<String> FIGURES = List.of("activities", "participants", "mediaItems",
            "shipmentsDispatched", "copiesDispatched", "copiesReceived", "copiesDamaged", "downloads");

    @Inject
    EntityManager em;

    @BeforeAll
    static void aCampaignWithFigures() {
        CampaignEvents.sendPublished(CAMPAIGN, UUID.randomUUID().toString());
        Activity lecture = Activity.published(CAMPAIGN, "320000", "knowledge-lecture", "schools");
        send(ActivityChanged.SCHEDULED, lecture);
        send(ActivityChanged.COMPLETED, lecture.completed(150, 4));
        send(ActivityChanged.SCHEDULED, Activity.published(CAMPAIGN, "440000", "launch-ceremony", "communities"));
        Shipment posters = Shipment.to(CAMPAIGN, "320000");
        posters.dispatch(100, 0);
        posters.receive(100, 97, 3);
    }

    @Test
    void theCsvHasTheStatisticsEndpointsFiguresForEveryUnit() throws IOException {
        awaitFigures();
        JsonPath statistics = as("national-admin").get(STATISTICS, CAMPAIGN).then().statusCode(200).extract()
                .jsonPath();
        ExtractableResponse<Response> file = as("national-admin").get(EXPORT, CAMPAIGN, "csv").then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"national-summary-" + CAMPAIGN
                        + ".csv\"; filename*=UTF-8''%E5%85%A8%E5%9B%BD%E6%B1%87%E6%80%BB-" + CAMPAIGN + ".csv"))
                .extract();
        List<List<CSVRecord>> tables = CsvSummaryRendererTest.tables(file.asByteArray());

        List<Map<String, Object>> units = statistics.getList("units");
        List<CSVRecord> rows = tables.get(1);
        assertEquals(units.size() + 3, rows.size(), "title, header, 32 units, national total");
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> unit = units.get(i);
            CSVRecord row = rows.get(i + 2);
            assertEquals(List.of(unit.get("provincialUnit"), unit.get("nameZh"), unit.get("nameEn")),
                    row.toList().subList(0, 3));
            assertEquals(figures(unit.get("figures")), longs(row.toList().subList(3, 11)), row.get(0));
            assertTrue(row.get(11).endsWith(" / " + unit.get("reportStatus")), row.get(11));
            assertTrue(row.get(12).endsWith(" / " + unit.get("timeliness")), row.get(12));
        }
        assertEquals(figures(statistics.get("national")), longs(rows.get(rows.size() - 1).toList().subList(3, 11)));
        assertEquals(List.of(32L, 2L, 1L, 1L, 1L, 30L, 0L), longs(tables.get(0).subList(4, 11).stream()
                .map(r -> r.get(1)).toList()));
        assertEquals(statistics.getInt("completeness.expected"), Integer.parseInt(tables.get(0).get(4).get(1)));
    }

    @Test
    void theXlsxHasTheStatisticsEndpointsFigures() throws IOException {
        awaitFigures();
        JsonPath statistics = as("national-admin").get(STATISTICS, CAMPAIGN).then().extract().jsonPath();
        byte[] xlsx = as("national-admin").get(EXPORT, CAMPAIGN, "xlsx").then().statusCode(200)
                .header("Content-Type", equalTo(NationalSummaryExportResource.XLSX)).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("省级单位 Provincial units");
            List<Map<String, Object>> units = statistics.getList("units");
            for (int i = 0; i < units.size(); i++) {
                assertEquals(figures(units.get(i).get("figures")), numbers(sheet.getRow(i + 1)));
            }
            assertEquals(figures(statistics.get("national")), numbers(sheet.getRow(units.size() + 1)));
        }
    }

    @Test
    void thePdfCarriesTheUnitsAndTotals() throws IOException {
        awaitFigures();
        byte[] pdf = as("national-admin").get(EXPORT, CAMPAIGN, "pdf").then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", startsWith("attachment; ")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("单位320000"), text);
            assertTrue(text.contains("参与人数 / Participants 150"), text);
            assertTrue(text.contains("签收份数 / Copies received 97"), text);
        }
    }

    @Test
    void aPartnerGetsWhatItsStatisticsShowNationalFiguresWithoutUnitRows() throws IOException {
        awaitFigures();
        JsonPath statistics = as("partner").get(STATISTICS, CAMPAIGN).then().statusCode(200).extract().jsonPath();
        List<CSVRecord> units = CsvSummaryRendererTest.tables(as("partner").get(EXPORT, CAMPAIGN, "csv").then()
                .statusCode(200).extract().asByteArray()).get(1);
        assertEquals(3, units.size(), "title, header and the national total only");
        assertEquals(figures(statistics.get("national")), longs(units.get(2).toList().subList(3, 11)));

        UUID upcoming = UUID.randomUUID();
        CampaignEvents.kafka().sendCloudEvent(CampaignEvents.TOPIC, upcoming.toString(), UUID.randomUUID().toString(),
                "CampaignPublished", CampaignEvents.published(upcoming, "2099-10-14"));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("national-admin").get(EXPORT, upcoming, "csv")
                .statusCode() == 200);
        as("partner").get(EXPORT, upcoming, "pdf").then().statusCode(403);
    }

    @Test
    void notForLocalOfficersBadFormatsAreNamedUnknownCampaignsNotFound() {
        as("local-officer", "320100").get(EXPORT, CAMPAIGN, "csv").then().statusCode(403);
        given().get(EXPORT, CAMPAIGN, "csv").then().statusCode(401);
        as("national-admin").get(EXPORT, CAMPAIGN, "docx").then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("errors.field", hasItem("format"));
        as("national-admin").get(EXPORT, UUID.randomUUID(), "pdf").then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"));
        as("partner").get(EXPORT, UUID.randomUUID(), "xlsx").then().statusCode(404);
    }

    /** Waits for the events' figures, then records a report on time and one late (as the report workflow will). */
    private void awaitFigures() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var body = as("national-admin").get(STATISTICS, CAMPAIGN).then().extract();
            return body.statusCode() == 200 && Integer.valueOf(32).equals(body.path("units.size()"))
                    && Integer.valueOf(2).equals(body.path("national.activities"))
                    && Integer.valueOf(97).equals(body.path("national.copiesReceived"));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            report("320000", "2022-10-14T23:59:59+08:00", "ACCEPTED");
            report("440000", "2022-10-15T00:00:00+08:00", "SUBMITTED");
        });
    }

    private void report(String unit, String firstSubmittedAt, String status) {
        em.createNativeQuery("update obligation set first_submitted_at = cast(?1 as timestamptz), status = ?2"
                + " where campaign_id = ?3 and division_code = ?4")
                .setParameter(1, firstSubmittedAt).setParameter(2, status).setParameter(3, CAMPAIGN)
                .setParameter(4, unit).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> figures(Object json) {
        Map<String, Object> figures = (Map<String, Object>) json;
        return FIGURES.stream().map(name -> ((Number) figures.get(name)).longValue()).toList();
    }

    private static List<Long> longs(List<String> cells) {
        return cells.stream().map(Long::valueOf).toList();
    }

    private static List<Long> numbers(Row row) {
        List<Long> numbers = new ArrayList<>();
        for (int c = 3; c < 11; c++) {
            numbers.add((long) row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }

    private static RequestSpecification as(String role) {
        return as(role, null);
    }

    private static RequestSpecification as(String role, String division) {
        return given().header("Authorization", DevTokens.bearer(role, division));
    }
}
