package cn.gov.samr.campaigns.harness.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The build's proof that a service's events are what docs/asyncapi.yaml says: every record on the given topics, from
 * the beginning, checked against the document, and every message the document declares for those topics seen at
 * least once (so the document cannot describe an event the code no longer writes, nor miss one it writes).
 */
public final class ContractedTopics {

    /** How many records of each message were checked, by topic. */
    public record Report(Map<String, Map<String, Integer>> checked) {

        public int total() {
            return checked.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    private ContractedTopics() {
    }

    /**
     * Waits (up to {@code timeout}) until every declared message of the topics is on them, then checks every record.
     *
     * @throws AssertionError listing every violation and every declared message never seen
     */
    public static Report verify(String bootstrapServers, Duration timeout, String... topics) {
        EventContract contract = EventContract.load();
        Set<String> declared = new LinkedHashSet<>();
        for (String topic : topics) {
            AsyncApiDocument.Channel channel = contract.document().channel(topic)
                    .orElseThrow(() -> new AssertionError(topic + " is not a channel of docs/asyncapi.yaml"));
            channel.byType().keySet().forEach(type -> declared.add(topic + " " + type));
            channel.only().ifPresent(m -> declared.add(topic + " " + m.name()));
        }
        Instant deadline = Instant.now().plus(timeout);
        List<EventContract.Verdict> verdicts;
        Set<String> missing;
        while (true) {
            verdicts = new ArrayList<>();
            for (String topic : topics) {
                for (ConsumerRecord<String, String> record : TopicSnapshot.read(bootstrapServers, topic)) {
                    verdicts.add(contract.check(record));
                }
            }
            missing = new LinkedHashSet<>(declared);
            for (EventContract.Verdict verdict : verdicts) {
                missing.remove(verdict.topic() + " " + verdict.type());
            }
            if (missing.isEmpty() || Instant.now().isAfter(deadline)) {
                break;
            }
            sleep();
        }
        List<String> violations = verdicts.stream().flatMap(v -> v.violations().stream()).toList();
        Map<String, Map<String, Integer>> checked = new TreeMap<>();
        for (EventContract.Verdict verdict : verdicts) {
            checked.computeIfAbsent(verdict.topic(), t -> new TreeMap<>()).merge(String.valueOf(verdict.type()), 1,
                    Integer::sum);
        }
        Report report = new Report(checked);
        System.out.printf("docs/asyncapi.yaml: %d events checked, %d violations, %d declared messages not seen: %s%n",
                report.total(), violations.size(), missing.size(), checked);
        if (!violations.isEmpty() || !missing.isEmpty()) {
            throw new AssertionError(violations.size() + " violations of docs/asyncapi.yaml"
                    + violations.stream().limit(40).collect(Collectors.joining("\n  ", ":\n  ", "\n"))
                    + "declared but never seen on " + String.join(", ", topics) + ": " + missing);
        }
        return report;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
