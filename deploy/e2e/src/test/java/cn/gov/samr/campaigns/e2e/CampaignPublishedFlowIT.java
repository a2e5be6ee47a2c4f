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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.gov.samr.campaigns.harness.DevTokens;
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
    private static final int KAFKA = freePort();
    private static final int EVENTS = freePort();
    private static final int MATERIALS = freePort();
    private static final int REPORTS = freePort();
    /** Same rule as the services' tests: {@code TEST_DB_SUFFIX} keeps parallel builds apart. */
    private static final String DB_SUFFIX = System.getenv().getOrDefault("TEST_DB_SUFFIX", "")
            .replaceAll("[^a-z0-9_]", "");
    private static Process suite;

    @BeforeAll
    static void startTheSuite() throws IOException {
        Files.createDirectories(RUN_DIR);
        ProcessBuilder run = new ProcessBuilder("bash", ROOT.resolve("deploy/run-local").toString())
                .redirectErrorStream(true).redirectOutput(RUN_DIR.resolve("run-local.out").toFile());
        run.environment().putAll(Map.of("RUN_DIR", RUN_DIR.toString(), "KAFKA_PORT", "" + KAFKA,
                "EVENT_PORT", "" + EVENTS, "MATERIAL_PORT", "" + MATERIALS, "REPORT_PORT", "" + REPORTS,
                "EVENTS_DB", "e2e_events" + DB_SUFFIX, "MATERIALS_DB", "e2e_materials" + DB_SUFFIX,
                "REPORTS_DB", "e2e_reports" + DB_SUFFIX));
        suite = run.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(suite.isAlive(), () -> "run-local exited: " + output());
            return output().contains("The suite is up.");
        });
    }

    @AfterAll
    static void stopTheSuite() throws InterruptedException {
        if (suite != null && suite.isAlive()) {
            suite.destroyForcibly();
            suite.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void aPublishedCampaignOpens32ObligationsAndOnePlanOverKafka() {
        String id = admin().contentType(ContentType.JSON).body("""
                {"kind": "organic-product-week",
                 "name": {"zh": "2022年全国有机产品认证宣传周", "en": "2022 National Organic Product Certification Week"},
                 "theme": {"zh": "有机产品认证:护航消费升级 优享品质生活"},
                 "window": {"start": "2022-09-19", "end": "2022-09-23"},
                 "reportingDeadline": "2022-10-14",
                 "launchCeremony": {"city": "320100", "date": "2022-09-19"}}""")
                .post(url(EVENTS, "/api/v1/campaigns")).then().statusCode(201).extract().path("id");
        admin().post(url(EVENTS, "/api/v1/campaigns/" + id + "/publish")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> obligations(id) == 32 && plans(id) == 1);

        admin().post(url(EVENTS, "/api/v1/campaigns/" + id + "/publish")).then().statusCode(200)
                .body("status", equalTo("published"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> obligations(id) == 32 && plans(id) == 1);
        admin().queryParam("campaign", id).queryParam("limit", 200).get(url(REPORTS, "/api/v1/obligations"))
                .then().body("items.find { it.division.code == '660000' }.deadline", equalTo("2022-10-14"));
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

    /** Read from each service's own OpenAPI document, so that an endpoint added later is checked too. */
    @Test
    @Order(3)
    void everyWriteEndpointRefusesCallsWithoutAValidToken() {
        int checked = 0;
        for (int port : List.of(EVENTS, MATERIALS, REPORTS)) {
            Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get(url(port, "/q/openapi"))
                    .then().statusCode(200).extract().path("paths");
            for (var path : paths.entrySet()) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
                for (String method : path.getValue().keySet()) {
                    if (List.of("post", "put", "patch", "delete").contains(method)) {
                        given().contentType(ContentType.JSON).body("{}").request(method, url(port, concrete))
                                .then().statusCode(401);
                        given().header("Authorization", "Bearer " + forgedToken()).contentType(ContentType.JSON)
                                .body("{}").request(method, url(port, concrete)).then().statusCode(401);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 2, "the campaign writes at least; found " + checked);
    }

    @Test
    @Order(4)
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

    /** A well-formed token signed by someone else: the header and claims of a real one, another signature. */
    private static String forgedToken() {
        String real = DevTokens.load().issue("national-admin", null);
        return real.substring(0, real.lastIndexOf('.') + 1) + "AAAA" + real.substring(real.lastIndexOf('.') + 5);
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

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
