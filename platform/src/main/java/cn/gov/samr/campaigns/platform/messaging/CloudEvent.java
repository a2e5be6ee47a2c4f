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
 */
public record CloudEvent(String id, String source, String type, OffsetDateTime time, String subject, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
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
        try {
            return new CloudEvent(id, source, type, time == null ? null : OffsetDateTime.parse(time),
                    header(headers, "ce_subject"), record.value());
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 time: " + time);
        }
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
