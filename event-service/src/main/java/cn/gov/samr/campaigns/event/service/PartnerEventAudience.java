package cn.gov.samr.campaigns.event.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.Visibility;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience;

/**
 * Which partner is told of which of event-service's events by webhook: what it could read over HTTP. Campaign events
 * concern published campaigns only, which every signed-in caller reads. An activity event goes to partners and
 * certification bodies when the activity is announced and public (GET /public/activities shows it, cancelled ones
 * included), and to a certification body also when the activity names it (GET /activities shows a body those) —
 * the rule of ActivityRepository's visibility filter for these two roles.
 */
@ApplicationScoped
public class PartnerEventAudience implements WebhookAudience {

    private final EntityManager em;

    public PartnerEventAudience(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean mayReceive(Subscriber subscriber, OutgoingEvent event) {
        return switch (event.aggregateType()) {
            case "Campaign" -> true;
            case "Activity" -> mayRead(subscriber, em.find(Activity.class, UUID.fromString(event.aggregateId())));
            default -> false;
        };
    }

    static boolean mayRead(Subscriber subscriber, Activity activity) {
        if (activity == null) {
            return false;
        }
        if (activity.visibility == Visibility.PUBLIC && activity.publishedAt != null) {
            return true;
        }
        return Roles.CERTIFICATION_BODY.equals(subscriber.role())
                && activity.certificationBodies.contains(subscriber.org());
    }
}
