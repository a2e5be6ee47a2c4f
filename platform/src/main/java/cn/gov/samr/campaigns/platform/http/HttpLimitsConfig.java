package cn.gov.samr.campaigns.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one request may make a service do ({@code platform.http.*}). */
@ConfigMapping(prefix = "platform.http")
public interface HttpLimitsConfig {

    /**
     * The largest JSON request body (e.g. {@code 1M}). The largest legitimate body (an activity with its lists at
     * their documented maxima) is a few tens of kilobytes, so 1 MB refuses nothing real while keeping a parse
     * cheap. Streamed uploads (raw bytes) are not JSON and keep their own limits.
     */
    @WithDefault("1M")
    MemorySize maxJsonBody();
}
