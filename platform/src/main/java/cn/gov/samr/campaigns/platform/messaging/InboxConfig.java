package cn.gov.samr.campaigns.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the consumer side ({@code platform.inbox.*}). */
@ConfigMapping(prefix = "platform.inbox")
public interface InboxConfig {

    /** How a listener waits between attempts at an event whose failure was transient. */
    Retry retry();

    interface Retry {

        /** The wait after the first failed attempt; each later wait doubles, up to {@link #maxDelay()}. */
        @WithDefault("200ms")
        Duration initialDelay();

        /** The longest wait between two attempts: how soon a healed database is noticed. */
        @WithDefault("5s")
        Duration maxDelay();
    }
}
