package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience;

/**
 * Which partner is told of which of report-service's events (report.events, one obligation each) by webhook: what it
 * could read over HTTP. A certification body is told of its own obligations (it is their party). A partner is told
 * of a campaign's obligations once the campaign's reporting deadline has passed: the statistics' rule for partners
 * ({@link StatisticsService#visibleTo}: published after the deadline), so that no webhook tells a partner a
 * province's reporting status while the statistics still refuse it.
 */
@ApplicationScoped
public class PartnerEventAudience implements WebhookAudience {

    private final StatisticsService statistics;
    private final Clock clock;

    public PartnerEventAudience(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public boolean mayReceive(Subscriber subscriber, OutgoingEvent event) {
        if (!"Obligation".equals(event.aggregateType())) {
            return false;
        }
        if (Roles.CERTIFICATION_BODY.equals(subscriber.role())) {
            return subscriber.org().equals(event.data().path("certificationBody").asText(null));
        }
        String campaign = event.data().path("campaignId").asText(null);
        if (campaign == null || !Roles.PARTNER.equals(subscriber.role())) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaClock.ZONE));
        return statistics.reportingDeadline(UUID.fromString(campaign)).map(today::isAfter).orElse(false);
    }
}
