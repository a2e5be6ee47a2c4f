package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * The gauge {@code messaging.consumer.lag{group,topic}}: records in the topic that the consumer group has not yet
 * committed, summed over partitions. Measured from the broker's committed offsets rather than from this replica's
 * consumer, so that every replica reports the group's lag, and a consumer that died or stalls shows a lag that
 * grows instead of none at all. NaN while the broker cannot be asked.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final long TIMEOUT_SECONDS = 10;

    /** One consumer group reading one topic, as the incoming channels configure them. */
    record Subscription(String group, String topic) {
    }

    private final Map<String, Object> kafkaConfig;
    private final Map<Subscription, Double> lags = new LinkedHashMap<>();
    private final MeterRegistry registry;
    private final List<Meter> gauges = new ArrayList<>();
    private Admin admin;

    /** @param kafkaConfig every {@code kafka.*} setting (servers, TLS, SASL), as the channels and the relay get them */
    public ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
            MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        for (Subscription s : subscriptions(config)) {
            lags.put(s, Double.NaN);
            gauges.add(Gauge.builder("messaging.consumer.lag", this, lag -> lag.of(s))
                    .description("records not yet committed by the consumer group, summed over the topic's partitions")
                    .tags("group", s.group(), "topic", s.topic())
                    .register(registry));
        }
    }

    /** The (group, topic) pairs of this service's Kafka channels. */
    static Set<Subscription> subscriptions(Config config) {
        Set<Subscription> found = new LinkedHashSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = INCOMING_TOPIC.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + m.group(1) + ".";
            boolean kafka = config.getOptionalValue(prefix + "connector", String.class)
                    .map("smallrye-kafka"::equals).orElse(false);
            // Quarkus' default group id for a Kafka channel is the application's name
            String group = config.getOptionalValue(prefix + "group.id", String.class)
                    .or(() -> config.getOptionalValue("quarkus.application.name", String.class)).orElse(null);
            if (kafka && group != null) {
                found.add(new Subscription(group, config.getValue(name, String.class)));
            }
        }
        return found;
    }

    synchronized double of(Subscription s) {
        return lags.getOrDefault(s, Double.NaN);
    }

    // the first measure opens the Admin client: after the start rather than on its cores (NaN until then, as when
    // the broker cannot be asked)
    @Scheduled(every = "${platform.signals.consumer-lag-interval}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        if (lags.isEmpty() || Arc.container() == null || !Arc.container().isRunning()) {
            return;
        }
        Map<Subscription, Double> measured = new HashMap<>();
        for (Subscription s : List.copyOf(lags.keySet())) {
            try {
                measured.put(s, (double) lag(s));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    measured.put(s, 0.0); // not created yet: nothing to consume
                    continue;
                }
                LOG.debugf("consumer lag of %s on %s not measured: %s", s.group(), s.topic(), e);
                measured.put(s, Double.NaN);
                discardAdmin(); // a broken connection is not reused
            }
        }
        synchronized (this) {
            lags.putAll(measured);
        }
    }

    /**
     * The group's lag on the topic now, as the gauge reports it: end offsets minus the group's committed offsets,
     * a partition the group never committed counting whole.
     */
    public long lag(String group, String topic) throws Exception {
        return lag(new Subscription(group, topic));
    }

    long lag(Subscription s) throws Exception {
        Admin kafka = admin();
        Map<String, TopicDescription> topics = kafka.describeTopics(List.of(s.topic())).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        topics.get(s.topic()).partitions().forEach(p -> partitions.add(new TopicPartition(s.topic(), p.partition())));
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(s.group())
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        partitions.forEach(tp -> {
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        });
        var ends = kafka.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        var starts = kafka.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata done = committed.get(tp);
            // never committed: the channels start from the earliest retained record (auto.offset.reset=earliest)
            long position = done == null ? starts.get(tp).offset() : done.offset();
            lag += Math.max(0, ends.get(tp).offset() - position);
        }
        return lag;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) { // the shared map also holds client-specific keys
                    props.put(key, value);
                }
            });
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
            admin = Admin.create(props);
        }
        return admin;
    }

    private synchronized void discardAdmin() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    /** The gauges go with the bean: a registry kept across a restart (dev mode, tests) must not read this one. */
    @PreDestroy
    synchronized void close() {
        gauges.forEach(registry::remove);
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
