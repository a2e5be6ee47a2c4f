package cn.gov.samr.campaigns.harness.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks Kafka records against docs/asyncapi.yaml: the channel by topic, the message by {@code ce_type}, then the
 * headers, the key and the JSON body against that message's schemas (JSON Schema draft 7, which AsyncAPI's schema
 * object extends; formats asserted), and the key against {@code ce_subject} and the body's id.
 */
public final class EventContract {

    /** The document's address for the schema registry; nothing is fetched, $refs resolve inside it. */
    private static final String BASE = "https://contract.invalid/asyncapi.json";

    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final AsyncApiDocument document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private EventContract(AsyncApiDocument document) {
        this.document = document;
        String json = document.componentsJson();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(Map.of(BASE, json)));
    }

    public static EventContract load() {
        return new EventContract(AsyncApiDocument.load());
    }

    public AsyncApiDocument document() {
        return document;
    }

    /** What the record breaks, empty when it is as the document says; {@code type} is the message it was taken for. */
    public record Verdict(String topic, String type, List<String> violations) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public Verdict check(ConsumerRecord<String, String> record) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        List<String> violations = new ArrayList<>();
        Optional<AsyncApiDocument.Channel> channel = document.channel(record.topic());
        if (channel.isEmpty()) {
            return new Verdict(record.topic(), null, List.of(where + ": topic not in docs/asyncapi.yaml"));
        }
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> seen = new HashMap<>();
        for (Header header : record.headers()) {
            if (seen.merge(header.key(), 1, Integer::sum) == 2) {
                violations.add(where + ": header " + header.key() + " appears more than once");
            }
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        String type = headers.path("ce_type").asString(null);
        Optional<AsyncApiDocument.Message> found = channel.get().message(type);
        if (found.isEmpty()) {
            violations.add(where + ": " + (type == null ? "no ce_type header"
                    : "ce_type " + type + " is not a message of channel " + channel.get().id()));
            return new Verdict(record.topic(), type, violations);
        }
        AsyncApiDocument.Message message = found.get();
        String what = where + " (" + message.name() + ")";
        validate(message.headersPointer(), headers, what + " headers", violations);
        JsonNode key = record.key() == null ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.stringNode(record.key());
        validate(message.keyPointer(), key, what + " key", violations);

        JsonNode body;
        if (message.isJson()) {
            try {
                body = record.value() == null ? JsonNodeFactory.instance.nullNode() : STRICT_JSON.readTree(record.value());
            } catch (JacksonException e) {
                violations.add(what + ": the value is not one JSON document: " + e.getOriginalMessage());
                return new Verdict(record.topic(), message.name(), violations);
            }
        } else {
            body = record.value() == null ? JsonNodeFactory.instance.nullNode()
                    : JsonNodeFactory.instance.stringNode(record.value());
        }
        validate(message.payloadPointer(), body, what + " payload", violations);

        if (message.subjectProperty() != null) {
            String subject = headers.path("ce_subject").asString(null);
            String id = body.path(message.subjectProperty()).asString(null);
            if (record.key() == null || !record.key().equals(subject) || !record.key().equals(id)) {
                violations.add(what + ": key " + record.key() + ", ce_subject " + subject + " and "
                        + message.subjectProperty() + " " + id + " must be the same aggregate id");
            }
        }
        return new Verdict(record.topic(), message.name(), violations);
    }

    private void validate(String pointer, JsonNode instance, String what, List<String> violations) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        for (Error error : schema.validate(instance)) {
            violations.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }
}
