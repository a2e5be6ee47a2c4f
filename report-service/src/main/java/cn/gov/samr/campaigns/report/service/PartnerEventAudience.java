package cn.gov.samr.campaigns.report.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience;

/**
 * Which partner is told of which of report-service's events (report.events, one obligation each) by webhook: what it
 * could read over HTTP ({@link ReportingVisibility}). A certification body is told of its own obligations (it is
 * their party). A partner sees a campaign's national totals only, never one party's rows, before or after the
 * deadline; each of these events is one party's step, so a partner is told of none.
 */
@ApplicationScoped
public class PartnerEventAudience implements WebhookAudience {

    @Override
    public boolean mayReceive(Subscriber subscriber, OutgoingEvent event) {
        return "Obligation".equals(event.aggregateType()) && Roles.CERTIFICATION_BODY.equals(subscriber.role())
                && subscriber.org().equals(event.data().path("certificationBody").asText(null));
    }
}
