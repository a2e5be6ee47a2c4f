package cn.gov.samr.campaigns.harness;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the broker as a process for {@code deploy/run-local}: {@code KafkaBrokerMain <port> <data-dir> [partitions]}. */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: KafkaBrokerMain <port> <data-dir> [partitions]");
            System.exit(2);
        }
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        KafkaBroker broker = new KafkaBroker(Path.of(args[1]), Integer.parseInt(args[0]), partitions).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        System.out.println("Kafka broker (KRaft) ready at " + broker.bootstrapServers());
        stopped.await();
    }
}
