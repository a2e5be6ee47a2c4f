package cn.gov.samr.campaigns.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DemoSeed;
import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaBroker;
import cn.gov.samr.campaigns.harness.Postgres;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged suite as a newcomer runs it: {@code deploy/run-local} starts the real KRaft broker and the three
 * services; a campaign published in event-service reaches report-service and material-service over Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignPublishedFlowIT {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../.."));
    private static final Path RUN_DIR = Path.of("target", "run-local").toAbsolutePath();
    private static final int KAFKA = KafkaBroker.freePort();
    private static final int EVENTS = KafkaBroker.freePort();
    private static final int MATERIALS = KafkaBroker.freePort();
    private static final int REPORTS = KafkaBroker.freePort();
    /** Same rule as the services' tests: {@code TEST_DB_SUFFIX} keeps parallel builds apart. */
    private static final String DB_SUFFIX = Postgres.testDatabaseSuffix();
    private static final byte[] EMPTY_JSON = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static Process suite;

    @BeforeAll
    static void startTheSuite() throws IOException, SQLException {
        // an empty broker and empty databases, as on a new machine: the demo seeds once, and an earlier run's
        // data would stop it
        if (Files.exists(RUN_DIR)) {
            try (var files = Files.walk(RUN_DIR)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(RUN_DIR);
        Postgres postgres = new Postgres();
        for (String database : List.of("e2e_events", "e2e_materials", "e2e_reports")) {
            postgres.dropDatabase(database + DB_SUFFIX);
        }
        ProcessBuilder run = new ProcessBuilder("bash", ROOT.resolve("deploy/run-local").toString())
                .redirectErrorStream(true).redirectOutput(RUN_DIR.resolve("run-local.out").toFile());
        run.environment().putAll(Map.of("RUN_DIR", RUN_DIR.toString(), "KAFKA_PORT", "" + KAFKA,
                "EVENT_PORT", "" + EVENTS, "MATERIAL_PORT", "" + MATERIALS, "REPORT_PORT", "" + REPORTS,
                "EVENTS_DB", "e2e_events" + DB_SUFFIX, "MATERIALS_DB", "e2e_materials" + DB_SUFFIX,
                "REPORTS_DB", "e2e_reports" + DB_SUFFIX));
        // downloads go out as MaterialDownloaded every second rather than every five minutes
        run.environment().put("MATERIAL_DOWNLOAD_REPORT_INTERVAL", "1s");
        suite = run.start();
        // three JVMs starting at once on a busy two-core machine have taken over two minutes
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(suite.isAlive(), () -> "run-local exited: " + output());
            return output().contains("The suite is up.");
        });
    }

    @AfterAll
    static void stopTheSuite() throws InterruptedException {
        if (suite != null && suite.isAlive()) {
            // SIGTERM first: run-local then stops the broker and services it started; a SIGKILL would orphan them
            suite.destroy();
            if (!suite.waitFor(60, TimeUnit.SECONDS)) {
                suite.destroyForcibly();
                suite.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @Order(1)
    void aPublishedCampaignOpens32ObligationsAndOnePlanOverKafka() {
        String id = admin().contentType(ContentType.JSON).body("""
                {"kind": "organic-product-week",
                 "name": {"zh": "2023年全国有机产品认证宣传周", "en": "2023 National Organic Product Certification Week"},
                 "window": {"start": "2023-09-18", "end": "2023-09-22"},
                 "reportingDeadline": "2023-10-13"}""")
                .post(url(EVENTS, "/api/v1/campaigns")).then().statusCode(201).extract().path("id");
        admin().post(url(EVENTS, "/api/v1/campaigns/" + id + "/publish")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(id) == 32 && plans(id) == 1);

        admin().post(url(EVENTS, "/api/v1/campaigns/" + id + "/publish")).then().statusCode(200)
                .body("status", equalTo("published"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> obligations(id) == 32 && plans(id) == 1);
        admin().queryParam("campaign", id).queryParam("limit", 200).get(url(REPORTS, "/api/v1/obligations"))
                .then().body("items.find { it.division.code == '660000' }.deadline", equalTo("2023-10-13"));
    }

    @Test
    @Order(2)
    void everyServiceServesHealthOpenApiAndMetrics() {
        for (int port : List.of(EVENTS, MATERIALS, REPORTS)) {
            given().get(url(port, "/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
            given().get(url(port, "/q/openapi")).then().statusCode(200).body(containsString("/api/v1/"));
            given().get(url(port, "/q/metrics")).then().statusCode(200).body(containsString("outbox_events_pending"));
        }
        given().queryParam("level", "provincial-unit").get(url(EVENTS, "/api/v1/divisions")).then().statusCode(200)
                .body("$", hasSize(32));
    }

    /**
     * Each service serves the very document its build stored in target/openapi, which deploy/contract linted and
     * generated the clients from: what was proven in the build is what an integrator downloads.
     */
    @Test
    @Order(3)
    void everyServiceServesTheDocumentItsBuildStored() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> services = Map.of("event-service", EVENTS, "material-service", MATERIALS,
                "report-service", REPORTS);
        for (var service : services.entrySet()) {
            JsonNode stored = json.readTree(ROOT.resolve(service.getKey()).resolve("target/openapi/openapi.json")
                    .toFile());
            JsonNode served = json.readTree(given().queryParam("format", "json")
                    .get(url(service.getValue(), "/q/openapi")).then().statusCode(200).extract().asByteArray());
            List<String> differences = new ArrayList<>();
            JsonDifferences.collect("", stored, served, differences);
            assertEquals(List.of(), differences, service.getKey() + " serves another document than it stored");
        }
    }

    /** Read from each service's own OpenAPI document, so that an endpoint added later is checked too. */
    @Test
    @Order(4)
    void everyWriteEndpointRefusesCallsWithoutAValidToken() {
        int checked = 0;
        for (int port : List.of(EVENTS, MATERIALS, REPORTS)) {
            Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get(url(port, "/q/openapi"))
                    .then().statusCode(200).extract().path("paths");
            for (var path : paths.entrySet()) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
                for (var operation : path.getValue().entrySet()) {
                    String method = operation.getKey();
                    if (List.of("post", "put", "patch", "delete").contains(method)) {
                        // the media type the operation takes (a file upload takes raw bytes), so that only the
                        // missing or forged token can be the reason for refusing the call
                        String type = mediaTypeOf(operation.getValue());
                        given().contentType(type).body(EMPTY_JSON).request(method, url(port, concrete))
                                .then().statusCode(401);
                        given().header("Authorization", "Bearer " + forgedToken()).contentType(type)
                                .body(EMPTY_JSON).request(method, url(port, concrete)).then().statusCode(401);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 2, "the campaign writes at least; found " + checked);
    }

    /**
     * The 2022 demo seeded through the three services' APIs (activities, poster shipments and receipts, downloads,
     * reports) after the walk-through drafted a 2022 organic week of its own: the demo goes by its own marker, its
     * notice, and a second run does nothing. Once report-service has caught up, every figure of every provincial
     * unit in the CSV, XLSX and PDF exports is the statistics endpoint's.
     */
    @Test
    @Order(6)
    void theSeeded2022DemoExportsTheFiguresOfTheStatisticsEndpoint() throws Exception {
        String[] seed = { url(EVENTS, ""), "4", url(MATERIALS, ""), url(REPORTS, "") };
        DemoSeed.main(seed);
        DemoSeed.main(seed); // finds its notice: nothing to do
        List<String> announced = admin().queryParam("documentNumber", DemoSeed.DOCUMENT_NUMBER)
                .get(url(EVENTS, "/api/v1/notices")).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("published")).extract().path("items[0].campaigns");
        assertEquals(4, announced.size());
        String organic = announced.stream().filter(id -> "organic-product-week".equals(admin()
                .get(url(EVENTS, "/api/v1/campaigns/" + id)).then().statusCode(200).extract().path("kind")))
                .findFirst().orElseThrow();
        List<String> organicWeeks = admin().queryParam("year", 2022).queryParam("kind", "organic-product-week")
                .get(url(EVENTS, "/api/v1/campaigns")).then().statusCode(200).extract().path("items.id");
        assertEquals(2, organicWeeks.size(), "the walk-through's week and the demo's, once each");
        String statistics = url(REPORTS, "/api/v1/statistics/campaigns/" + organic);
        // 4 activities per unit, the organic week's one completed in each; 32 posters shipped; 10 downloads
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Integer> national = admin().get(statistics).then().statusCode(200).extract().path("national");
            return national.get("activities") == 32 && national.get("shipmentsDispatched") == 32
                    && national.get("downloads") == 10 && national.get("copiesReceived") > 0;
        });
        awaitSettled(statistics);

        List<Map<String, Object>> units = admin().get(statistics).then().extract().path("units");
        assertEquals(32, units.size());
        Map<String, List<Long>> expected = NationalSummaryExports.expected(units);
        assertTrue(expected.values().stream().anyMatch(f -> f.get(6) > 0), "some copies arrived damaged");
        String export = url(REPORTS, "/api/v1/exports/campaigns/" + organic + "/national-summary.");
        assertEquals(expected, NationalSummaryExports.fromCsv(exportOf(export + "csv")));
        assertEquals(expected, NationalSummaryExports.fromXlsx(exportOf(export + "xlsx")));
        NationalSummaryExports.checkPdf(exportOf(export + "pdf"), units, expected);
    }

    /** Before the demo, as a newcomer reads the README: the walk-through drafts a 2022 organic week of its own. */
    @Test
    @Order(5)
    void theReadmeWalkThroughWorksThroughTheGeneratedJavaClients() throws Exception {
        new ReadmeWalkThrough(EVENTS, MATERIALS, REPORTS).run();
    }

    @Test
    @Order(7)
    void sigtermStopsEverythingItStarted() throws InterruptedException {
        suite.destroy(); // SIGTERM
        assertTrue(suite.waitFor(60, TimeUnit.SECONDS), "run-local did not stop on SIGTERM");
        assertEquals(143, suite.exitValue());
        Instant deadline = Instant.now().plusSeconds(10);
        for (int port : List.of(KAFKA, EVENTS, MATERIALS, REPORTS)) {
            while (listening(port) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertFalse(listening(port), "port " + port + " still open after stop");
        }
    }

    @SuppressWarnings("unchecked")
    private static String mediaTypeOf(Object operation) {
        Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
        if (body == null) {
            return "application/json";
        }
        return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
    }

    /** A well-formed token signed by someone else: the header and claims of a real one, another signature. */
    private static String forgedToken() {
        String real = DevTokens.load().issue("national-admin", null);
        return real.substring(0, real.lastIndexOf('.') + 1) + "AAAA" + real.substring(real.lastIndexOf('.') + 5);
    }

    /** Two reads 3 s apart alike but for the as-of time: the projections have caught up. */
    private static void awaitSettled(String url) throws InterruptedException {
        String previous = null;
        for (int i = 0; i < 10; i++) {
            String now = admin().get(url).asString().replaceAll("\"asOf\":\"[^\"]+\"", "");
            if (now.equals(previous)) {
                return;
            }
            previous = now;
            Thread.sleep(3000);
        }
        throw new AssertionError("the statistics are still changing: " + previous);
    }

    private static byte[] exportOf(String url) {
        return admin().get(url).then().statusCode(200).extract().asByteArray();
    }

    private static int obligations(String campaign) {
        return admin().queryParam("campaign", campaign).queryParam("limit", 200)
                .get(url(REPORTS, "/api/v1/obligations")).then().statusCode(200).extract().path("items.size()");
    }

    private static int plans(String campaign) {
        return admin().queryParam("campaign", campaign).get(url(MATERIALS, "/api/v1/distribution-plans"))
                .then().statusCode(200).extract().path("items.size()");
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", DevTokens.bearer("national-admin", null));
    }

    private static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String output() {
        try {
            return Files.readString(RUN_DIR.resolve("run-local.out"));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}
