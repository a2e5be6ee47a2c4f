package cn.gov.samr.campaigns.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * The dead-letter topics of this service's channels: how many records wait in each, which ones, and the redrive
 * that puts them back. "Waiting" is what lies beyond the committed offset of the topic's redrive consumer group
 * ({@code <dead-letter topic>.redrive}), so a record counts until a redrive has sent it back, and a second redrive
 * does not send it again. A redrive writes each record to the topic it was read from (its
 * {@code dead-letter-topic} header) with its key, value and every header but the {@code dead-letter-*} ones, and
 * commits only after the broker acknowledged all of them: interrupted, it sends again rather than loses. Sending
 * twice is harmless: the consumers dedupe event ids, and an older state event is dropped by the version rule.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";
    /** How many redriven records an answer lists: enough to recognise them, bounded however many were sent. */
    static final int LISTED = 100;

    /** A record waiting in a dead-letter topic, for the admin listing. */
    public record DeadLetter(int partition, long offset, String key, String eventId, String eventType, String topic,
            String reason) {
    }

    /** A channel's dead-letter topic: how many records wait and the oldest few. */
    public record DeadLetterChannel(String channel, String deadLetterTopic, String topic, long waiting,
            List<DeadLetter> oldest) {
    }

    /** What a redrive sent back (the first {@link #LISTED} of them listed). */
    public record RedriveResult(String channel, String deadLetterTopic, long redriven, long skipped,
            List<DeadLetter> records) {
    }

    /** The broker did not answer in time or refused: nothing was committed. */
    public static class KafkaUnavailableException extends RuntimeException {

        public KafkaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final MessagingChannels channels;
    private final MessagingMetrics metrics;
    private final DeadLetterConfig config;
    private final Map<String, Object> kafkaConfig;
    private final String service;
    private final Map<String, ReentrantLock> redriving = new HashMap<>();
    private final AtomicLong clients = new AtomicLong();

    /** @param kafkaConfig every {@code kafka.*} setting, as the messaging channels get them (servers, TLS, SASL) */
    public DeadLetters(MessagingChannels channels, MessagingMetrics metrics, DeadLetterConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.channels = channels;
        this.metrics = metrics;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.service = service;
        for (MessagingChannels.Channel channel : channels.all()) {
            redriving.put(channel.name(), new ReentrantLock());
        }
    }

    /** Refreshes the gauge {@code messaging.dead.letters.waiting}; a broker that does not answer leaves it as it was. */
    @Scheduled(every = "${platform.dead-letters.count-every:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        for (MessagingChannels.Channel channel : channels.all()) {
            try (KafkaConsumer<String, String> consumer = consumer(channel)) {
                metrics.deadLettersWaiting(channel.name(), cursor(consumer, channel).waiting());
            } catch (RuntimeException e) {
                LOG.debugf("dead letters of %s not counted: %s", channel.name(), e);
            }
        }
    }

    /** Every channel's dead-letter topic, with its oldest waiting records. */
    public List<DeadLetterChannel> waiting() {
        List<DeadLetterChannel> all = new ArrayList<>();
        for (MessagingChannels.Channel channel : channels.all()) {
            try (KafkaConsumer<String, String> consumer = consumer(channel)) {
                DeadLetterCursor cursor = cursor(consumer, channel);
                metrics.deadLettersWaiting(channel.name(), cursor.waiting());
                List<DeadLetter> oldest = new ArrayList<>();
                cursor.forEach(record -> {
                    oldest.add(letter(record));
                    return oldest.size() < config.shown();
                });
                all.add(new DeadLetterChannel(channel.name(), channel.deadLetterTopic(), channel.topic(),
                        cursor.waiting(), oldest));
            } catch (KafkaException e) {
                throw new KafkaUnavailableException("Kafka did not answer for " + channel.deadLetterTopic(), e);
            }
        }
        return all;
    }

    /** Sends the channel's waiting dead letters back to their topics; one redrive per channel at a time here. */
    public RedriveResult redrive(MessagingChannels.Channel channel) {
        ReentrantLock lock = redriving.get(channel.name());
        lock.lock();
        try (KafkaConsumer<String, String> consumer = consumer(channel);
                KafkaProducer<String, String> producer = producer()) {
            DeadLetterCursor cursor = cursor(consumer, channel);
            List<DeadLetter> sentBack = new ArrayList<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            long[] skipped = {0};
            cursor.forEach(record -> {
                String topic = header(record.headers(), "dead-letter-topic");
                if (topic == null) {
                    // not written by a dead-letter strategy: there is nowhere to send it back to
                    LOG.warnf("%s/%d@%d has no dead-letter-topic header; skipped", record.topic(),
                            record.partition(), record.offset());
                    skipped[0]++;
                    return true;
                }
                acks.add(producer.send(restored(record, topic)));
                DeadLetter letter = letter(record);
                if (sentBack.size() < LISTED) {
                    sentBack.add(letter);
                }
                return true;
            });
            for (Future<RecordMetadata> ack : acks) {
                ack.get(config.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            cursor.commit();
            metrics.deadLettersWaiting(channel.name(), 0);
            LOG.infof("redrove %d dead letters of %s (%d skipped)", acks.size(), channel.deadLetterTopic(), skipped[0]);
            return new RedriveResult(channel.name(), channel.deadLetterTopic(), acks.size(), skipped[0], sentBack);
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException("the redrive of " + channel.deadLetterTopic()
                    + " did not complete; nothing was committed and a new redrive sends these records again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted", e);
        } finally {
            lock.unlock();
        }
    }

    /** The record as it was read from its topic: same key and value, its own headers without the failure's. */
    static ProducerRecord<String, String> restored(ConsumerRecord<String, String> letter, String topic) {
        Headers headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers);
    }

    private static DeadLetter letter(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.partition(), record.offset(), record.key(), header(record.headers(), "ce_id"),
                header(record.headers(), "ce_type"), header(record.headers(), "dead-letter-topic"),
                header(record.headers(), "dead-letter-reason"));
    }

    private DeadLetterCursor cursor(KafkaConsumer<String, String> consumer, MessagingChannels.Channel channel) {
        return new DeadLetterCursor(consumer, channel.deadLetterTopic(), config.kafkaTimeout());
    }

    private KafkaConsumer<String, String> consumer(MessagingChannels.Channel channel) {
        Properties props = clientProps(ConsumerConfig.configNames());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, channel.deadLetterTopic() + ".redrive");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // one id per client: a count and a listing may overlap, and Kafka warns of two clients with one id
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-dead-letters-" + channel.name() + "-"
                + clients.incrementAndGet());
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Properties props = clientProps(ProducerConfig.configNames());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-redrive-" + clients.incrementAndGet());
        int timeout = (int) config.kafkaTimeout().toMillis();
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(timeout));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(timeout / 2));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** The shared kafka.* settings (servers, TLS, SASL) that apply to this kind of client. */
    private Properties clientProps(Set<String> names) {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (names.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
