package cn.gov.samr.campaigns.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A CloudEvent in the Kafka protocol binding's binary mode: attributes travel as {@code ce_*} headers, the JSON
 * payload is the record value and the aggregate id is the record key.
 *
 * @param aggregateVersion the extension attribute {@code aggregateversion}: the version of the aggregate
 *                         ({@code subject}) this event leaves behind, 1 for its first event and one more for each
 *                         later one; 0 for an event written before versions existed. A consumer applies a state
 *                         event only when it is newer than what it holds.
 */
public record CloudEvent(String id, String source, String type, OffsetDateTime time, String subject, String data,
        long aggregateVersion) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    /** The header of the {@code aggregateversion} extension attribute. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        if (aggregateVersion < 0) {
            throw new IllegalArgumentException("aggregateVersion must not be negative");
        }
    }

    /** An event without a version, as written before versions existed. */
    public CloudEvent(String id, String source, String type, OffsetDateTime time, String subject, String data) {
        this(id, source, type, time, subject, data, 0);
    }

    public void writeTo(Headers headers) {
        put(headers, "ce_specversion", SPEC_VERSION);
        put(headers, "ce_id", id);
        put(headers, "ce_source", source);
        put(headers, "ce_type", type);
        if (time != null) {
            // RFC 3339 needs the seconds, which OffsetDateTime.toString() drops when they and the fraction are zero
            put(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
        if (subject != null) {
            put(headers, "ce_subject", subject);
        }
        if (aggregateVersion > 0) {
            put(headers, AGGREGATE_VERSION, Long.toString(aggregateVersion));
        }
        put(headers, "content-type", CONTENT_TYPE);
    }

    /** Reads an event from a record; a record that is not a CloudEvent is a poison message. */
    public static CloudEvent from(ConsumerRecord<?, String> record) {
        Headers headers = record.headers();
        String id = header(headers, "ce_id");
        String source = header(headers, "ce_source");
        String type = header(headers, "ce_type");
        if (id == null || source == null || type == null || record.value() == null) {
            throw new PoisonMessageException("not a CloudEvent: ce_id, ce_source, ce_type and a body are required ("
                    + record.topic() + "/" + record.partition() + "@" + record.offset() + ")");
        }
        String time = header(headers, "ce_time");
        OffsetDateTime at;
        try {
            at = time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 time: " + time);
        }
        return new CloudEvent(id, source, type, at, header(headers, "ce_subject"), record.value(),
                version(header(headers, AGGREGATE_VERSION)));
    }

    private static long version(String header) {
        if (header == null) {
            return 0;
        }
        try {
            long version = Long.parseLong(header);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through: a version that is not a positive number makes the event unusable
        }
        throw new PoisonMessageException(AGGREGATE_VERSION + " is not a positive integer: " + header);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
