package cn.gov.samr.campaigns.platform.webhook;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the partners' webhooks ({@code platform.webhooks.*}). */
@ConfigMapping(prefix = "platform.webhooks")
public interface WebhookConfig {

    /**
     * The event types this service offers to subscribers (the CloudEvents {@code type}s it writes to its outbox).
     * Each service lists its own; the OpenAPI document's {@code webhooks} section is built from the same list.
     */
    List<String> eventTypes();

    /** Plain http URLs as well as https; only the dev and test profiles set it. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Loopback, private, link-local and other non-public addresses as targets. Never in production (SSRF); the test
     * profile sets it so that a receiver on 127.0.0.1 can be used.
     */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** How often the dispatcher looks for due deliveries (the scheduler reads {@code platform.webhooks.poll-interval}). */
    Duration pollInterval();

    /** How many due deliveries one dispatcher pass sends at most (in parallel, each with the timeout). */
    @WithDefault("50")
    int batchSize();

    /** How long one HTTP attempt may take, connecting included, before it counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long a claimed delivery stays invisible to other dispatcher passes and replicas; a replica that dies while
     * sending leaves it due again after this long (delivery is at least once).
     */
    @WithDefault("2m")
    Duration claimFor();

    /**
     * How long after its last attempt a finished delivery (delivered, or failed for good) stays in the delivery log
     * with its attempts; {@link WebhookPurge} deletes it then. Pending deliveries, and the failed one a paused
     * subscription's resume would try again, are never purged.
     */
    @WithDefault("30d")
    Duration deliveryRetention();

    /**
     * After a secret rotation, how long deliveries are signed with the old secret as well as the new one, so that a
     * receiver can switch at its own pace.
     */
    @WithDefault("24h")
    Duration secretOverlap();

    Purge purge();

    Retry retry();

    /** The delivery log's purge ({@link WebhookPurge}). */
    interface Purge {

        /** How often it runs (the scheduler reads {@code platform.webhooks.purge.interval}); {@code off} stops it. */
        @WithDefault("1h")
        String interval();

        /** Rows deleted per statement and transaction, so that a purge never holds long locks. */
        @WithDefault("1000")
        int batchSize();

        /** Batches one pass deletes at most: a backlog is worked off over several passes, never in one long one. */
        @WithDefault("100")
        int maxBatches();
    }

    /** The schedule of failed deliveries: exponential backoff with jitter, then the subscription is paused. */
    interface Retry {

        /** The wait after the first failed attempt. */
        @WithDefault("30s")
        Duration initial();

        /** Each later wait is this many times the one before ... */
        @WithDefault("2")
        double multiplier();

        /** ... up to this. */
        @WithDefault("1h")
        Duration maxInterval();

        /** Each wait is drawn at random within ± this fraction of it, so that receivers coming back are not stampeded. */
        @WithDefault("0.2")
        double jitter();

        /**
         * How long after its first attempt a delivery is retried before it fails and its subscription is paused
         * (the issue asks for at least 24 hours).
         */
        @WithDefault("26h")
        Duration giveUpAfter();
    }
}
