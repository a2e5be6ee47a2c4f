package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.ImportFixtures.csv;
import static cn.gov.samr.campaigns.event.rest.ImportFixtures.lectures;
import static cn.gov.samr.campaigns.event.rest.ImportFixtures.rowNumber;
import static cn.gov.samr.campaigns.event.rest.ImportFixtures.xlsx;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.harness.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ActivityImportTest {

    private static final String XLSX = ActivityImportTemplate.MEDIA_TYPE;
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    EntityManager em;

    @Test
    void theTemplateOpensWithPoiWithEveryColumnAndTheExplanations() throws IOException {
        byte[] template = asJiangsu().get("/api/v1/activities/import/template")
                .then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names, hasItem("开始时间 (startsAt)"));
            assertThat(names, hasItem("区划代码 (venue.division)"));
            assertEquals(ImportColumn.values().length, names.size());
            assertThat(workbook.getSheetAt(1).getSheetName(), containsString("说明"));
            assertEquals("startsAt", workbook.getSheetAt(1).getRow(ImportColumn.STARTS_AT.ordinal() + 1)
                    .getCell(0).getStringCellValue());
            assertThat(workbook.getSheetAt(0).getDataValidations().size(), equalTo(5));
        }
    }

    /** The case: 500 rows, 3 bad; the dry run names exactly them, the commit writes none, then all. */
    @Test
    void fiveHundredRowsWithThreeBadOnesAreRefusedWholeThenAcceptedOnceFixed() {
        String campaign = organicWeek();
        List<Map<ImportColumn, String>> rows = lectures(500);
        rows.get(17).put(ImportColumn.STARTS_AT, "2022-09-25 09:00"); // after the window
        rows.get(17).put(ImportColumn.ENDS_AT, "2022-09-25 10:00");
        rows.get(200).put(ImportColumn.TYPE, "party");
        rows.get(451).put(ImportColumn.DIVISION, "999999");

        JsonPath dryRun = upload(campaign, true, XLSX, xlsx(rows)).statusCode(200)
                .body("rows", equalTo(500)).body("valid", equalTo(497)).body("scheduled", hasSize(0))
                .body("errorsNotListed", equalTo(0))
                .extract().jsonPath();
        assertThat(dryRun.getList("errors.row").stream().distinct().toList(),
                containsInAnyOrder(rowNumber(17), rowNumber(200), rowNumber(451)));
        assertThat(dryRun.getList("errors.field"), containsInAnyOrder("startsAt", "endsAt", "type", "venue.division"));
        assertEquals(0, activitiesOf(campaign));

        upload(campaign, false, XLSX, xlsx(rows)).statusCode(400)
                .body("errors.field", containsInAnyOrder("rows", "rows[19].startsAt", "rows[19].endsAt",
                        "rows[202].type", "rows[453].venue.division"))
                .body("errors.find { it.field == 'rows' }.message", startsWith("3 row(s) have errors"));
        assertEquals(0, activitiesOf(campaign));

        List<Map<ImportColumn, String>> fixed = lectures(500);
        upload(campaign, false, XLSX, xlsx(fixed)).statusCode(200)
                .body("rows", equalTo(500)).body("valid", equalTo(500)).body("errors", hasSize(0))
                .body("scheduled", hasSize(500));
        assertEquals(500, activitiesOf(campaign));
    }

    @Test
    void aCsvWithABomIsReadAndItsActivitiesArePlannedAsAPostWouldPlanThem() {
        String campaign = organicWeek();
        List<Map<ImportColumn, String>> rows = lectures(3);
        rows.get(2).put(ImportColumn.SETTINGS, "进社区、进学校");
        String id = upload(campaign, false, CSV, csv(rows)).statusCode(200)
                .body("scheduled", hasSize(3)).extract().path("scheduled[2]");
        asJiangsu().get("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("status", equalTo("planned"))
                .body("campaigns", equalTo(List.of(campaign)))
                .body("provincialUnit", equalTo("320000"))
                .body("startsAt", equalTo("2022-09-21T08:00:00.000+08:00"))
                .body("settings", containsInAnyOrder("communities", "schools"))
                .body("voluntaryParticipation", equalTo(true));
    }

    @Test
    void aCsvRowNamesItsBadFieldsAsAPostWould() {
        String campaign = organicWeek();
        List<Map<ImportColumn, String>> rows = lectures(4);
        rows.get(1).put(ImportColumn.ENDS_AT, "2022-09-20 07:00"); // before its start
        rows.get(3).remove(ImportColumn.TITLE_ZH);
        rows.get(3).put(ImportColumn.NO_FEE, "否");
        upload(campaign, true, CSV, csv(rows)).statusCode(200)
                .body("valid", equalTo(2))
                .body("errors.row", containsInAnyOrder(3, 5, 5))
                .body("errors.field", containsInAnyOrder("endsAt", "title.zh", "noFee"))
                .body("errors.find { it.field == 'noFee' }.message", containsString("严禁摊派收费"));
    }

    /** A problem lists at most 100 errors: 99 named, then how many rows are bad and how many errors are not named. */
    @Test
    void aRefusedCommitWithManyErrorsSaysHowManyItLeftOut() {
        String campaign = organicWeek();
        List<Map<ImportColumn, String>> rows = lectures(120);
        rows.forEach(row -> row.put(ImportColumn.FORMAT, "by pigeon"));
        upload(campaign, true, CSV, csv(rows)).statusCode(200).body("errors", hasSize(120));
        upload(campaign, false, CSV, csv(rows)).statusCode(400)
                .body("errors", hasSize(100))
                .body("errors.find { it.field == 'rows' }.message",
                        equalTo("120 row(s) have errors; nothing was scheduled; 21 more error(s) are not named here: "
                                + "a dry run (dryRun=true) lists them"));
        assertEquals(0, activitiesOf(campaign));
    }

    @Test
    void aRowOutsideTheCallersJurisdictionIsAnErrorOfThatRow() {
        String campaign = organicWeek();
        List<Map<ImportColumn, String>> rows = lectures(5);
        rows.get(3).put(ImportColumn.DIVISION, "330100"); // 杭州市, Zhejiang
        upload(campaign, true, XLSX, xlsx(rows)).statusCode(200)
                .body("valid", equalTo(4))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(rowNumber(3)))
                .body("errors[0].field", equalTo("venue.division"))
                .body("errors[0].message", containsString("outside your jurisdiction"));
        upload(campaign, false, XLSX, xlsx(rows)).statusCode(400)
                .body("errors.field", hasItem("rows[5].venue.division"));
        assertEquals(0, activitiesOf(campaign));
    }

    @Test
    void theFileItselfIsCheckedBeforeItsRows() {
        String campaign = organicWeek();
        upload(campaign, true, XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].field", equalTo("body"));
        upload(campaign, true, CSV, "类型 (type),whatever\r\nknowledge-lecture,x\r\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("errors.field", hasItem("body"))
                .body("errors.message", hasItem(containsString("'whatever' names no import column")))
                .body("errors.message", hasItem(containsString("no column 开始时间 (startsAt)")));
        upload(UUID.randomUUID().toString(), true, CSV, csv(lectures(1))).statusCode(400)
                .body("errors[0].field", equalTo("campaign"));
        asJiangsu().contentType("application/pdf").body(new byte[] { 1 })
                .post("/api/v1/activities/import?campaign={c}", campaign).then().statusCode(415);
    }

    @Test
    void onlyOfficersImport() {
        given().header("Authorization", DevTokens.bearer("partner", null)).contentType(CSV)
                .body(csv(lectures(1))).post("/api/v1/activities/import?campaign={c}", organicWeek())
                .then().statusCode(403);
    }

    /** Raw socket: an HTTP client would insist on sending the whole body first. */
    @Test
    void aFileLargerThanTheLimitIsRefusedWith413() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/activities/import?campaign=" + UUID.randomUUID() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + DevTokens.bearer("provincial-officer", "320000") + "\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + 11L * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            String answer = answer(socket.getInputStream());
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
        }
    }

    /** Chunked, the body says no length beforehand: it is counted as it comes. */
    @Test
    void aChunkedFileLargerThanTheLimitIsRefusedWith413() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/activities/import?campaign=" + organicWeek() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: " + DevTokens.bearer("provincial-officer", "320000") + "\r\n"
                    + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                for (int i = 0; i < 11; i++) {
                    socket.getOutputStream().write((Integer.toHexString(chunk.length) + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(chunk);
                    socket.getOutputStream().write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                socket.getOutputStream().write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                // the server may answer and close before the last chunk
            }
            // the import counts it as it comes (the service's own body limit is higher, for notices' files)
            String answer = answer(socket.getInputStream());
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
        }
    }

    private static ValidatableResponse upload(String campaign, boolean dryRun, String type, byte[] file) {
        return asJiangsu().contentType(type).body(file)
                .post("/api/v1/activities/import?campaign={c}&dryRun={d}", campaign, dryRun).then();
    }

    private static io.restassured.specification.RequestSpecification asJiangsu() {
        return given().header("Authorization", DevTokens.bearer("provincial-officer", "320000"));
    }

    private long activitiesOf(String campaign) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(a) from Activity a where :c member of a.campaignIds", Long.class)
                .setParameter("c", UUID.fromString(campaign)).getSingleResult());
    }

    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the server closes the connection after its answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
