package cn.gov.samr.campaigns.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DevTokens;
import cn.gov.samr.campaigns.harness.KafkaBroker;
import cn.gov.samr.campaigns.harness.Postgres;

/**
 * The packaged suite under faults, as an operator would try it: a stream of over 1,000 writes to event-service while
 * (1) the broker is killed with SIGKILL and restarted, (2) report-service is killed with SIGKILL mid-batch and
 * restarted, (3) report-service's database refuses all work for 15 s. After each fault the test polls until every
 * projection equals the producer's state ({@link ProjectionComparison}) and prints how long that took after the
 * fault ended; at the end nothing is lost, nothing doubled, no record is in any dead-letter topic, and an older
 * state event redriven from the dead-letter topic changes nothing.
 *
 * <p>{@code deploy/run-local} starts event-service and material-service ({@code RUN_LOCAL_PARTS}); the test starts the
 * broker and report-service itself, with run-local's command lines ({@link SuiteParts}), since it kills them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", "../.."));
    private static final Path RUN_DIR = Path.of("target", "fault-run").toAbsolutePath();
    private static final int KAFKA = KafkaBroker.freePort();
    private static final int EVENTS = KafkaBroker.freePort();
    private static final int MATERIALS = KafkaBroker.freePort();
    private static final int REPORTS = KafkaBroker.freePort();
    private static final String DB_SUFFIX = Postgres.testDatabaseSuffix();
    private static final String EVENTS_DB = "e2e_fault_events" + DB_SUFFIX;
    private static final String MATERIALS_DB = "e2e_fault_materials" + DB_SUFFIX;
    private static final String REPORTS_DB = "e2e_fault_reports" + DB_SUFFIX;
    /** Writes per fault, at a pace that spreads them over about 14 s so that each fault lands mid-stream. */
    private static final int WRITES_PER_FAULT = 350;
    private static final int WRITES_PER_SECOND = 25;
    private static final Duration HEAL_LIMIT = Duration.ofSeconds(120);
    private static final String ACTIVITY_DLQ = "report-service.activity-events.dlq";

    private static final Postgres POSTGRES = new Postgres();
    private static final SuiteParts PARTS = new SuiteParts(ROOT, RUN_DIR);
    private static final ProjectionComparison PROJECTIONS = new ProjectionComparison(POSTGRES, EVENTS_DB, REPORTS_DB,
            MATERIALS_DB);
    private static final DatabaseSwitch REPORTS_DATABASE = new DatabaseSwitch(POSTGRES, REPORTS_DB);
    private static final Topics TOPICS = new Topics(KAFKA);
    /** What each fault cost, printed at the end: fault, how long it lasted, how long the projections took after. */
    private static final Map<String, String> HEALING = new LinkedHashMap<>();
    private static final List<String> CAMPAIGNS = new ArrayList<>();

    /** The test's own Kafka clients log every connection at INFO: kept to warnings, so that the figures stand out. */
    private static final java.util.logging.Logger KAFKA_CLIENT_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");

    static {
        KAFKA_CLIENT_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private static Process suite;
    private static Process broker;
    private static Process reports;
    private static WriteStream stream;

    @BeforeAll
    static void startTheSuite() throws Exception {
        if (Files.exists(RUN_DIR)) {
            try (var files = Files.walk(RUN_DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(RUN_DIR);
        for (String database : List.of(EVENTS_DB, MATERIALS_DB, REPORTS_DB)) {
            POSTGRES.dropDatabase(database);
        }
        broker = PARTS.startBroker(KAFKA, Duration.ofMinutes(2));
        ProcessBuilder run = new ProcessBuilder("bash", ROOT.resolve("deploy/run-local").toString())
                .redirectErrorStream(true).redirectOutput(RUN_DIR.resolve("run-local.out").toFile());
        run.environment().putAll(Map.of("RUN_DIR", RUN_DIR.toString(), "KAFKA_PORT", "" + KAFKA,
                "EVENT_PORT", "" + EVENTS, "MATERIAL_PORT", "" + MATERIALS, "REPORT_PORT", "" + REPORTS,
                "EVENTS_DB", EVENTS_DB, "MATERIALS_DB", MATERIALS_DB, "REPORTS_DB", REPORTS_DB,
                "RUN_LOCAL_PARTS", "event-service material-service"));
        suite = run.start();
        // run-local creates the three databases before it starts its services: report-service's too
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(suite.isAlive(), () -> "run-local exited: " + output());
            return output().contains("The suite is up.");
        });
        reports = startReportService();
        SuiteParts.awaitReady(reports, REPORTS, Duration.ofMinutes(3));
        stream = new WriteStream(EVENTS);
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        try {
            REPORTS_DATABASE.allow(); // a failure mid-refusal must not leave the database closed
        } catch (SQLException e) {
            System.out.println("[fault test] could not re-allow " + REPORTS_DB + ": " + e.getMessage());
        }
        if (suite != null && suite.isAlive()) {
            suite.destroy(); // SIGTERM: run-local stops what it started
            if (!suite.waitFor(60, TimeUnit.SECONDS)) {
                suite.destroyForcibly();
            }
        }
        SuiteParts.stop(reports);
        SuiteParts.stop(broker);
        System.out.println("[fault test] healing times (fault end → every projection equal to event-service):");
        HEALING.forEach((fault, figures) -> System.out.println("[fault test]   " + fault + ": " + figures));
    }

    @Test
    @Order(1)
    void threeOfSixCampaignsPublishedAndProjected() throws Exception {
        for (int n = 1; n <= 6; n++) {
            CAMPAIGNS.add(stream.draftCampaign(n));
        }
        for (String id : CAMPAIGNS.subList(0, 3)) {
            stream.publishCampaign(id);
        }
        awaitEqual("start");
    }

    @Test
    @Order(2)
    void theBrokerKilledMidStream() throws Exception {
        fault("broker killed -9 and restarted", Duration.ofSeconds(3), () -> {
            SuiteParts.kill9(broker);
            // the national office goes on meanwhile: both reach the consumers only through the broker
            stream.publishCampaign(CAMPAIGNS.get(3));
            stream.moveDeadline(CAMPAIGNS.get(0), "2021-10-22", 1);
            Thread.sleep(5000);
            broker = PARTS.startBroker(KAFKA, Duration.ofMinutes(2));
        });
    }

    @Test
    @Order(3)
    void reportServiceKilledMidBatch() throws Exception {
        fault("report-service killed -9 mid-batch and restarted", Duration.ofSeconds(4), () -> {
            // mid-batch: at a moment report-service is behind the stream (a race it may still win by the kill)
            ProjectionComparison.Result before = PROJECTIONS.compare();
            for (int i = 0; i < 50 && before.equal(); i++) {
                Thread.sleep(100);
                before = PROJECTIONS.compare();
            }
            SuiteParts.kill9(reports);
            System.out.println("[fault test] report-service killed while " + before.differences().size()
                    + " differences were outstanding");
            stream.publishCampaign(CAMPAIGNS.get(4));
            stream.moveDeadline(CAMPAIGNS.get(1), "2021-10-23", 2);
            reports = startReportService();
            SuiteParts.awaitReady(reports, REPORTS, Duration.ofMinutes(3));
        });
    }

    @Test
    @Order(4)
    void reportServicesDatabaseRefusesWorkFor15Seconds() throws Exception {
        fault("report-service's database refusing work for 15 s", Duration.ofSeconds(3), () -> {
            REPORTS_DATABASE.refuse();
            long refused = System.nanoTime();
            // the case: a campaign published while the obligation table is unavailable
            stream.publishCampaign(CAMPAIGNS.get(5));
            stream.moveDeadline(CAMPAIGNS.get(2), "2021-10-24", 3);
            Thread.sleep(Math.max(0, 15_000 - (System.nanoTime() - refused) / 1_000_000));
            REPORTS_DATABASE.allow();
        });
        // the events that arrived meanwhile were retried, not dead-lettered: the fault did reach the consumer
        double retries = metric(REPORTS, "messaging_retries_total");
        System.out.printf("[fault test] report-service retried %.0f failed attempts%n", retries);
        assertTrue(retries > 0, "report-service never retried: did the refusal reach it?");
    }

    @Test
    @Order(5)
    void nothingLostNothingDoubledNothingDeadLettered() throws Exception {
        ProjectionComparison.Result now = PROJECTIONS.compare();
        assertEquals(List.of(), now.differences());
        assertTrue(stream.writes() >= 1000, "only " + stream.writes() + " writes");
        assertEquals(6, now.publishedCampaigns());
        assertEquals(6 * 32, now.obligations(), "32 obligations per published campaign, none twice");
        assertEquals(6, now.plans(), "one plan per published campaign");
        Map<String, Long> deadLetters = TOPICS.deadLetters();
        assertTrue(deadLetters.values().stream().allMatch(n -> n == 0), "dead letters: " + deadLetters);

        Map<String, Integer> copies = TOPICS.copiesPerEvent("activity.events");
        copies.putAll(TOPICS.copiesPerEvent("campaign.events"));
        long resent = copies.values().stream().mapToInt(c -> c - 1).sum();
        System.out.printf("[fault test] %d writes; %s; %d events on the topics in %d records (%d sent again by the"
                + " relay), each applied once; dead-letter topics %s%n", stream.writes(), now.summary(),
                copies.size(), copies.size() + resent, resent, deadLetters);
        assertEquals(now.events(), copies.size(), "every event written to the outbox reached its topic");
    }

    /**
     * The redrive by hand, through the redrive endpoint: an ActivityScheduled of an activity completed later,
     * put into report-service's dead-letter topic as SmallRye would, once as it was (the inbox knows its id) and once
     * with a new id (as if it had been dead-lettered instead of applied: only its version can stop it). After the
     * redrive the consumer has seen it, and nothing changed.
     */
    @Test
    @Order(6)
    void aRedrivenStaleEventChangesNothing() throws Exception {
        Set<String> completed = PROJECTIONS.completedActivities();
        ConsumerRecord<byte[], byte[]> stale = TOPICS.first("activity.events",
                r -> "ActivityScheduled".equals(Topics.header(r, "ce_type"))
                        && completed.contains(new String(r.key(), StandardCharsets.UTF_8)));
        String activity = new String(stale.key(), StandardCharsets.UTF_8);
        assertEquals("completed", PROJECTIONS.statusOf(activity));
        String freshId = Topics.newEventId();
        TOPICS.deadLetter(stale, ACTIVITY_DLQ, null);
        TOPICS.deadLetter(stale, ACTIVITY_DLQ, freshId);

        assertEquals(2, redrive().get("redriven").asLong(), "both copies sent back");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> PROJECTIONS.processedByReportService().contains(freshId));
        // once more after a pause: an applied stale event would show here, not only a moment later
        Thread.sleep(2000);
        assertEquals(List.of(), PROJECTIONS.compare().differences());
        assertEquals("completed", PROJECTIONS.statusOf(activity));
        assertEquals(0, redrive().get("redriven").asLong(), "a second redrive sends nothing");
    }

    /** The sum of a counter's series in a service's Prometheus exposition. */
    private static double metric(int port, String name) throws IOException, InterruptedException {
        String exposition = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        // a sample is "name{labels} value", and with tracing on may end in an exemplar "# {trace_id=…} 1.0 <time>"
        return exposition.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .map(l -> l.contains(" # ") ? l.substring(0, l.indexOf(" # ")) : l)
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** report-service's redrive of its activity-events dead letters, its answer printed. */
    private static JsonNode redrive() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + REPORTS + "/api/v1/admin/dead-letters/activity-events/redrive"))
                .header("Authorization", DevTokens.bearer("national-admin", null))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("[fault test] redrive of " + ACTIVITY_DLQ + ": " + answer.statusCode() + " "
                + answer.body());
        assertEquals(200, answer.statusCode(), answer.body());
        return new ObjectMapper().readTree(answer.body());
    }

    @FunctionalInterface
    private interface Fault {
        /** Injects the fault and returns once it has ended (the part is back, the database accepts work). */
        void run() throws Exception;
    }

    /**
     * Streams {@link #WRITES_PER_FAULT} writes, injects the fault {@code after} into the stream, and once both the
     * stream and the fault are over measures the time until the projections equal event-service's state.
     */
    private static void fault(String name, Duration after, Fault fault) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        try {
            Future<Long> writing = writer.submit(() -> {
                stream.run(WRITES_PER_FAULT, WRITES_PER_SECOND);
                return System.nanoTime();
            });
            Thread.sleep(after.toMillis());
            long faultStart = System.nanoTime();
            fault.run();
            long faultEnd = System.nanoTime();
            long writesDone = writing.get(5, TimeUnit.MINUTES);
            long healed = awaitEqual(name) - faultEnd;
            HEALING.put(name, "lasted %.1f s; projections equal %.1f s after it ended (the %d writes ended %.1f s %s it ended)"
                    .formatted(seconds(faultEnd - faultStart), seconds(healed), WRITES_PER_FAULT,
                            Math.abs(seconds(writesDone - faultEnd)), writesDone > faultEnd ? "after" : "before"));
            System.out.println("[fault test] " + name + ": " + HEALING.get(name) + "; phase took "
                    + "%.1f s".formatted(seconds(System.nanoTime() - started)));
        } finally {
            writer.shutdownNow();
        }
    }

    /** Polls until the projections equal the producer's state; returns that moment (System.nanoTime). */
    private static long awaitEqual(String when) throws InterruptedException {
        long deadline = System.nanoTime() + HEAL_LIMIT.toNanos();
        ProjectionComparison.Result last;
        do {
            last = PROJECTIONS.compare();
            if (last.equal()) {
                return System.nanoTime();
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("after " + when + " the projections still differ from event-service after "
                + HEAL_LIMIT + " (" + last.differences().size() + " differences): "
                + last.differences().subList(0, Math.min(10, last.differences().size())));
    }

    private static Process startReportService() throws IOException {
        return PARTS.startService("report-service", REPORTS, KAFKA, Map.of("REPORTS_DB", REPORTS_DB,
                "REPORT_FILES_DIR", RUN_DIR.resolve("report-files").toString()));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String output() {
        try {
            return Files.readString(RUN_DIR.resolve("run-local.out"));
        } catch (IOException e) {
            return "";
        }
    }

}
