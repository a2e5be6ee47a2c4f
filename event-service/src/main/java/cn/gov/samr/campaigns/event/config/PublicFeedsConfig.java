package cn.gov.samr.campaigns.event.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the public feeds point to ({@code event-service.public.*}). */
@ConfigMapping(prefix = "event-service.public")
public interface PublicFeedsConfig {

    /**
     * The public site showing one activity at {@code <base-url>/activities/<id>}: the iCalendar URL of each event, so
     * that a subscriber's calendar links to the page rather than to the API.
     */
    @WithDefault("https://certification-campaigns.samr.gov.cn")
    String baseUrl();

    /**
     * ORGANIZER's cal-address. The bureaus publish no address that accepts calendar replies, and RFC 5545 requires
     * one; a no-reply address with the bureau's name as CN says who organises without inviting replies nobody reads.
     */
    @WithDefault("mailto:noreply@certification-campaigns.samr.gov.cn")
    String organizer();
}
