package cn.gov.samr.campaigns.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The parts of the suite a fault test kills and brings back itself — the broker and one service — started with the
 * command lines of {@code deploy/run-local}, which then starts only the other parts ({@code RUN_LOCAL_PARTS}).
 * Each start logs to a file of its own ({@code kafka-2.log}), so a restart's log does not hide the killed one's.
 */
final class SuiteParts {

    private final Path root;
    private final Path runDir;
    private int starts;

    SuiteParts(Path root, Path runDir) {
        this.root = root;
        this.runDir = runDir;
    }

    /** The broker on its port and data directory; a restart finds the same log and topics. Returns once it serves. */
    Process startBroker(int port, Duration timeout) throws IOException, InterruptedException {
        Path log = nextLog("kafka");
        String classpath = root.resolve("deploy/harness/target/classes") + java.io.File.pathSeparator
                + root.resolve("deploy/harness/target/lib") + "/*";
        Process broker = new ProcessBuilder(java(), "-Xms256m", "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", classpath,
                "cn.gov.samr.campaigns.harness.KafkaBrokerMain", "" + port, runDir.resolve("kafka").toString(), "3")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // KafkaBrokerMain says so once the broker has registered and listens: a port that is open is not enough
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log).contains("ready at")) {
            if (!broker.isAlive() || System.nanoTime() > deadline) {
                broker.destroyForcibly();
                throw new IllegalStateException("the broker did not start; see " + log);
            }
            Thread.sleep(100);
        }
        return broker;
    }

    /** One service's packaged jar, as run-local runs it; returns at once (see {@link #awaitReady}). */
    Process startService(String service, int port, int kafkaPort, Map<String, String> env) throws IOException {
        ProcessBuilder start = new ProcessBuilder(java(), "-Xmx256m", "-jar",
                root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(nextLog(service).toFile());
        start.environment().putAll(env);
        start.environment().putAll(Map.of("QUARKUS_HTTP_PORT", "" + port,
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("deploy/dev-keys/public-key.pem").toString()));
        return start.start();
    }

    /** Until {@code /q/health/ready} answers UP. */
    static void awaitReady(Process process, int port, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process on port " + port + " exited: " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("port " + port + " not ready within " + timeout);
    }

    /** SIGKILL: no shutdown hook, no offset commit, no clean leave of the consumer group. */
    static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + process.pid() + " survived SIGKILL");
        }
    }

    /** SIGTERM, then SIGKILL after 30 s: for the end of the test. */
    static void stop(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill9(process);
        }
    }

    private synchronized Path nextLog(String part) {
        starts++;
        return runDir.resolve(part + "-" + starts + ".log");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
