package cn.gov.samr.campaigns.harness.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kafka manifests (deploy/kubernetes/kafka.yaml) against what the services do: every listener authenticates,
 * the cluster authorizes, each service's KafkaUser may write the topics its outbox writes, read the topics its
 * channels consume with its consumer group, and use its dead-letter topics; the partner user only reads report.events;
 * and the AsyncAPI document's servers name the security scheme.
 */
class KafkaManifestTest {

    private static final Path ROOT = Path.of("../..");
    private static final List<String> SERVICES = List.of("event-service", "material-service", "report-service");

    /** One ACL rule: resource type, name, pattern, operations. */
    record Acl(String type, String name, boolean prefix, Set<String> operations) {

        boolean allows(String resourceType, String resource, String operation) {
            return type.equals(resourceType) && (prefix ? resource.startsWith(name) : resource.equals(name))
                    && operations.contains(operation);
        }
    }

    @Test
    void everyListenerAuthenticatesAndTheClusterAuthorizes() throws IOException {
        JsonNode kafka = resource("Kafka", "campaigns").path("spec").path("kafka");
        assertEquals("simple", kafka.path("authorization").path("type").asString());
        assertTrue(kafka.path("listeners").size() >= 2, "an internal and an external listener");
        for (JsonNode listener : kafka.path("listeners")) {
            assertEquals("scram-sha-512", listener.path("authentication").path("type").asString(),
                    listener.path("name").asString());
            assertTrue(listener.path("tls").asBoolean(), listener.path("name").asString());
        }
    }

    @Test
    void eachServicesUserMayDoWhatItsConfigurationDoesAndNoMore() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            List<Acl> acls = acls(service);
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
                config.load(in);
            }
            for (String key : config.stringPropertyNames()) {
                String value = config.getProperty(key);
                if (key.startsWith(service + ".topics.")) { // the outbox relay's topics
                    require(acls, service, "topic", value, "Write", missing);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                    require(acls, service, "topic", value, "Read", missing);
                    require(acls, service, "topic", value, "Describe", missing);
                    String channel = key.substring(0, key.length() - "topic".length());
                    String group = config.getProperty(channel + "group.id", service);
                    require(acls, service, "group", group, "Read", missing);
                    String dlq = config.getProperty(channel + "dead-letter-queue.topic");
                    if (dlq != null) {
                        require(acls, service, "topic", dlq, "Write", missing);
                        require(acls, service, "topic", dlq, "Read", missing);
                        require(acls, service, "group", dlq + ".redrive", "Read", missing);
                    }
                }
            }
            // no service may write another service's topic it does not consume, e.g. event-service report.events
            assertTrue(acls.stream().noneMatch(a -> a.allows("topic", "report.events", "Write"))
                    || service.equals("report-service"), service + " writes report.events");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void thePartnerUserOnlyReadsReportEvents() throws IOException {
        List<Acl> acls = acls("partner-report-events");
        assertTrue(acls.stream().anyMatch(a -> a.allows("topic", "report.events", "Read")));
        assertTrue(acls.stream().anyMatch(a -> a.allows("group", "partner-cnca-sync", "Read")));
        Set<String> operations = new TreeSet<>();
        acls.forEach(a -> operations.addAll(a.operations()));
        assertEquals(Set.of("Describe", "Read"), operations);
        for (String topic : List.of("campaign.events", "activity.events", "material.events",
                "report-service.campaign-events.dlq")) {
            assertTrue(acls.stream().noneMatch(a -> a.allows("topic", topic, "Read")), topic);
        }
        assertTrue(acls.stream().noneMatch(a -> a.allows("group", "report-service", "Read")),
                "a partner cannot join (and steal partitions from) a service's group");
    }

    @Test
    void theAsyncApiServersNameTheSecurityScheme() throws IOException {
        JsonNode doc = new YAMLMapper().readTree(ROOT.resolve("docs/asyncapi.yaml").toFile());
        assertEquals("scramSha512", doc.path("components").path("securitySchemes").path("scramSha512").path("type")
                .asString());
        for (String server : List.of("production", "partners")) {
            assertEquals("#/components/securitySchemes/scramSha512",
                    doc.path("servers").path(server).path("security").path(0).path("$ref").asString(), server);
        }
    }

    private static void require(List<Acl> acls, String user, String type, String name, String operation,
            List<String> missing) {
        if (acls.stream().noneMatch(a -> a.allows(type, name, operation))) {
            missing.add(user + ": " + operation + " on " + type + " " + name);
        }
    }

    private static List<Acl> acls(String user) throws IOException {
        JsonNode spec = resource("KafkaUser", user).path("spec");
        assertEquals("scram-sha-512", spec.path("authentication").path("type").asString(), user);
        List<Acl> acls = new ArrayList<>();
        for (JsonNode rule : spec.path("authorization").path("acls")) {
            JsonNode r = rule.path("resource");
            Set<String> operations = new TreeSet<>();
            rule.path("operations").forEach(o -> operations.add(o.asString()));
            acls.add(new Acl(r.path("type").asString(), r.path("name").asString(),
                    "prefix".equals(r.path("patternType").asString()), operations));
        }
        return acls;
    }

    private static final Map<String, JsonNode> CACHE = new HashMap<>();

    private static JsonNode resource(String kind, String name) throws IOException {
        if (CACHE.isEmpty()) {
            YAMLMapper yaml = new YAMLMapper();
            try (var parser = yaml.createParser(ROOT.resolve("deploy/kubernetes/kafka.yaml").toFile())) {
                yaml.readValues(parser, JsonNode.class).readAll().forEach(doc ->
                        CACHE.put(doc.path("kind").asString() + "/" + doc.path("metadata").path("name").asString(), doc));
            }
        }
        JsonNode node = CACHE.get(kind + "/" + name);
        assertTrue(node != null, "kafka.yaml declares no " + kind + " " + name);
        return node;
    }
}
