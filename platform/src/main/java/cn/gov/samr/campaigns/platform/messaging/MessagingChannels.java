package cn.gov.samr.campaigns.platform.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The service's incoming Kafka channels as its configuration declares them ({@code mp.messaging.incoming.*}): which
 * topic each reads and where its dead letters go. Read once from the configuration rather than repeated in the
 * platform's own settings, so that a channel added to a service gets its metrics and its redrive without more.
 */
@ApplicationScoped
public class MessagingChannels {

    private static final Pattern TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** One incoming channel: its name, the topic it reads, and its dead-letter topic. */
    public record Channel(String name, String topic, String deadLetterTopic) {
    }

    private final Map<String, Channel> byName = new TreeMap<>();

    public MessagingChannels(Config config) {
        for (String property : config.getPropertyNames()) {
            Matcher m = TOPIC.matcher(property);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            String prefix = "mp.messaging.incoming." + name + ".";
            String topic = config.getValue(property, String.class);
            // SmallRye's default when a channel names no dead-letter topic
            String dlq = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                    .orElse("dead-letter-topic-" + name);
            byName.put(name, new Channel(name, topic, dlq));
        }
    }

    public Collection<Channel> all() {
        return byName.values();
    }

    public Optional<Channel> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The channel that reads a topic: the metrics' tag for a record; the topic itself if no channel reads it. */
    public String channelOf(String topic) {
        return byName.values().stream().filter(c -> c.topic().equals(topic)).map(Channel::name).findFirst()
                .orElse(topic);
    }
}
