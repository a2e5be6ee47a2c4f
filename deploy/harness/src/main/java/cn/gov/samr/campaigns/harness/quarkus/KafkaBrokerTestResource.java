package cn.gov.samr.campaigns.harness.quarkus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import cn.gov.samr.campaigns.harness.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one in-process KRaft broker per test JVM and points the application's Kafka clients at it.
 * Tests that need the broker gone (outbox while Kafka is down) reach it through {@link #broker()}.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = new KafkaBroker(Files.createTempDirectory("kafka-test-"), 0, 1).start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-test-broker-shutdown"));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().start().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM: several test classes share it
    }
}
