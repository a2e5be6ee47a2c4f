package cn.gov.samr.campaigns.platform.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching of public reads ({@code platform.cache.*}). */
@ConfigMapping(prefix = "platform.cache")
public interface PublicCacheConfig {

    /**
     * How long a browser or a CDN may serve an anonymous public answer without asking again. A minute keeps a
     * campaign week's calendar traffic off the database while a cancellation still reaches every phone quickly;
     * after it, revalidation costs a 304.
     */
    @WithDefault("60s")
    Duration publicMaxAge();
}
