package cn.gov.samr.campaigns.harness.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/asyncapi.yaml, as the harness carries it on the classpath (copied at build time, never edited here): its
 * channels by Kafka topic and, in each, its messages by CloudEvents type.
 */
public final class AsyncApiDocument {

    /** Where the build puts docs/asyncapi.yaml on the harness's classpath. */
    public static final String RESOURCE = "asyncapi/asyncapi.yaml";

    /** One message of a channel: where its schemas are in the document. */
    public record Message(String id, String name, String pointer, String contentType, String subjectProperty) {

        public String headersPointer() {
            return pointer + "/headers";
        }

        public String payloadPointer() {
            return pointer + "/payload";
        }

        public String keyPointer() {
            return pointer + "/bindings/kafka/key";
        }

        boolean isJson() {
            return contentType.equals("application/json");
        }
    }

    /**
     * A channel: an event topic, whose messages are told apart by {@code ce_type}, or a dead-letter topic, whose
     * one message carries whatever record failed.
     */
    public record Channel(String id, String topic, Map<String, Message> byType, Optional<Message> only) {

        /** The message a record of this type is, if the document declares it. */
        public Optional<Message> message(String ceType) {
            return only.isPresent() ? only : Optional.ofNullable(byType.get(ceType));
        }
    }

    private final JsonNode root;
    private final Map<String, Channel> byTopic = new LinkedHashMap<>();

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
        if (!root.path("asyncapi").asString("").startsWith("3.")) {
            throw new IllegalStateException("not an AsyncAPI 3 document: " + root.path("asyncapi"));
        }
        for (Map.Entry<String, JsonNode> channel : root.path("channels").properties()) {
            String topic = channel.getValue().path("address").asString();
            Map<String, Message> byType = new LinkedHashMap<>();
            List<Message> messages = channel.getValue().path("messages").properties().stream()
                    .map(m -> message(m.getKey(), m.getValue())).toList();
            Optional<Message> only = Optional.empty();
            for (Message message : messages) {
                String type = resolve(message.headersPointer()).path("properties").path("ce_type").path("const")
                        .asString(null);
                if (type == null) {
                    only = Optional.of(message); // a dead-letter topic: no type to tell its messages apart
                } else {
                    byType.put(type, message);
                }
            }
            if (only.isPresent() && messages.size() > 1) {
                throw new IllegalStateException("channel " + channel.getKey() + ": a message without a ce_type const "
                        + "must be the channel's only one");
            }
            byTopic.put(topic, new Channel(channel.getKey(), topic, byType, only));
        }
    }

    /** Loads the document from the classpath. */
    public static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (deploy/harness copies it from "
                        + "docs/asyncapi.yaml)");
            }
            return new AsyncApiDocument(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Channel> channel(String topic) {
        return Optional.ofNullable(byTopic.get(topic));
    }

    /**
     * The document's components as JSON, for the schema registry: the schemas' $refs point into them. Only the
     * components: the rest is no schema (the root's {@code id} would even read as a draft-4 keyword).
     */
    String componentsJson() {
        ObjectMapper mapper = JsonMapper.builder().build();
        ObjectNode components = mapper.createObjectNode();
        components.set("components", root.path("components"));
        return mapper.writeValueAsString(components);
    }

    /** The node a local reference ({@code #/a/b}) or JSON pointer names, following $refs. */
    JsonNode resolve(String pointer) {
        JsonNode node = root.at(pointer.startsWith("#") ? pointer.substring(1) : pointer);
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            node = root.at(node.get("$ref").asString().substring(1));
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException("docs/asyncapi.yaml has nothing at " + pointer);
        }
        return node;
    }

    private Message message(String id, JsonNode node) {
        String pointer = node.has("$ref") ? node.get("$ref").asString().substring(1) : null;
        if (pointer == null) {
            throw new IllegalStateException("message " + id + ": channels refer to components/messages");
        }
        JsonNode message = resolve(pointer);
        String contentType = message.path("contentType").asString(root.path("defaultContentType").asString());
        return new Message(id, message.path("name").asString(id), pointer, contentType,
                message.path("x-subject-property").asString(null));
    }
}
