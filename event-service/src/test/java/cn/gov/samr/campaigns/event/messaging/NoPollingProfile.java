package cn.gov.samr.campaigns.event.messaging;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The scheduled passes effectively off (an hour apart), and the webhook purge's batches tiny: what still happens then
 * happens because something asked for it, not because a timer fired. One profile for both, so one restart.
 */
public class NoPollingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "platform.outbox.poll-interval", "1h",
                "platform.webhooks.poll-interval", "1h",
                "platform.webhooks.purge.interval", "off",
                "platform.webhooks.purge.batch-size", "2",
                "platform.webhooks.purge.max-batches", "2");
    }
}
