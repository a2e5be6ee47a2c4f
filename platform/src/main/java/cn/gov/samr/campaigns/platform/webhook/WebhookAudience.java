package cn.gov.samr.campaigns.platform.webhook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may be told of which event: each service supplies one bean, with the rule its HTTP reads apply, so that a
 * webhook never tells a subscriber what it could not read over HTTP. It is asked inside the transaction that writes
 * the event, so the service may read its own tables (the state the event announces is already written there).
 */
public interface WebhookAudience {

    /** The subscriber: the role it holds (partner or certification-body) and its organisation. */
    record Subscriber(String role, String org) {
    }

    /**
     * An event being written to the outbox.
     *
     * @param aggregateType e.g. {@code Activity}
     * @param aggregateId   the CloudEvents subject
     * @param data          the JSON body
     */
    record OutgoingEvent(String type, String aggregateType, String aggregateId, JsonNode data) {
    }

    /** True when {@code subscriber} could read what {@code event} says through this service's API. */
    boolean mayReceive(Subscriber subscriber, OutgoingEvent event);
}
