package cn.gov.samr.campaigns.material.storage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy (filesystem backend, signatures checked: {@code s3proxy.authorization=aws-v2-or-v4}) with one bucket, and
 * the service pointed at it with {@code platform.storage.kind=s3}: the configuration production uses, with another
 * endpoint. S3Proxy runs as a child JVM on the test class path: inside a Quarkus test it would meet Guice 5 (from
 * Quarkus' Maven resolver) beside the Guice 7 its jclouds needs; the child's class path leaves Guice 5 out.
 */
public class S3ProxyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "material-service-test";
    public static final String SECRET_KEY = "material-service-test-secret";
    public static final String BUCKET = "campaign-material-files";

    private static String endpoint;

    private Process proxy;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("s3proxy-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            endpoint = "http://127.0.0.1:" + port;
            Properties settings = new Properties();
            settings.setProperty("s3proxy.endpoint", endpoint);
            settings.setProperty("s3proxy.authorization", "aws-v2-or-v4");
            settings.setProperty("s3proxy.identity", ACCESS_KEY);
            settings.setProperty("s3proxy.credential", SECRET_KEY);
            settings.setProperty("jclouds.provider", "filesystem");
            settings.setProperty("jclouds.identity", "unused");
            settings.setProperty("jclouds.credential", "unused");
            settings.setProperty("jclouds.filesystem.basedir", Files.createDirectories(dir.resolve("data")).toString());
            Path file = dir.resolve("s3proxy.properties");
            try (var out = Files.newOutputStream(file)) {
                settings.store(out, null);
            }
            String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path")).split(File.pathSeparator))
                    .filter(entry -> !entry.matches(".*guice-[0-5]\\..*"))
                    .collect(Collectors.joining(File.pathSeparator));
            Path log = dir.resolve("s3proxy.log");
            proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                    "-cp", classPath, "org.gaul.s3proxy.Main", "--properties", file.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    break;
                } catch (IOException notYet) {
                    if (!proxy.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("S3Proxy did not start: " + Files.readString(log));
                    }
                    Thread.sleep(100);
                }
            }
            try (S3Client s3 = client()) {
                s3.createBucket(r -> r.bucket(BUCKET));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start S3Proxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of("platform.storage.kind", "s3", "platform.storage.s3.endpoint", endpoint,
                "platform.storage.s3.bucket", BUCKET, "platform.storage.s3.access-key", ACCESS_KEY,
                "platform.storage.s3.secret-key", SECRET_KEY);
    }

    /** A client of the test's S3Proxy, for looking into the bucket. */
    public static S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .build();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.destroy();
            try {
                if (!proxy.waitFor(10, TimeUnit.SECONDS)) {
                    proxy.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
