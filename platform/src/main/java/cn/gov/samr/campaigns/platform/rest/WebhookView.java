package cn.gov.samr.campaigns.platform.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.platform.webhook.WebhookSubscriptions;

/** A webhook subscription as its owner reads it. */
@Schema(name = "Webhook", description = "A webhook subscription")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true) WebhookRequest.Owner owner,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> eventTypes,
        UUID campaign,
        String provincialUnit,
        String description,
        @Schema(required = true, enumeration = { "active", "paused" }, description = "paused after a delivery "
                + "failed for the whole retry window (pausedReason says which and why): its events wait, and flow "
                + "again on resume")
        String status,
        String pausedReason,
        OffsetDateTime pausedAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(description = "The HMAC-SHA256 key of the webhook-signature header: in the answer to the creation "
                + "and to a rotation (POST /webhooks/{id}/secret) only, never again; keep it")
        String secret,
        @Schema(description = "After a secret rotation, until when deliveries are signed with the previous secret "
                + "as well (a second v1= in webhook-signature); absent when only the current secret signs")
        OffsetDateTime previousSecretValidUntil) {

    static WebhookView of(WebhookSubscriptions.Subscription s) {
        return new WebhookView(s.id(), new WebhookRequest.Owner(s.owner().role(), s.owner().org()), s.url(),
                s.eventTypes(), s.campaign(), s.provincialUnit(), s.description(), s.status(), s.pausedReason(),
                s.pausedAt(), s.createdBy(), s.createdAt(), s.updatedAt(), s.secret(), s.previousSecretUntil());
    }

    /** One delivery of an event to the subscription, with every attempt. */
    @Schema(name = "WebhookDelivery", description = "One event owed to the subscription, and every attempt to "
            + "deliver it")
    public record Delivery(
            @Schema(required = true, description = "Sent as the webhook-id header") UUID id,
            @Schema(required = true, description = "The CloudEvents id (ce-id); a redelivery repeats it") UUID eventId,
            @Schema(required = true) String eventType,
            @Schema(description = "The CloudEvents subject: the aggregate's id") String subject,
            @Schema(required = true, enumeration = { "pending", "delivered", "failed" }) String status,
            @Schema(required = true) int attempts,
            @Schema(description = "When a pending delivery is tried next") OffsetDateTime nextAttemptAt,
            OffsetDateTime lastAttemptAt,
            Integer lastStatusCode,
            String lastError,
            OffsetDateTime deliveredAt,
            @Schema(description = "The delivery this one repeats, for a redelivery") UUID redeliveryOf,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, description = "Every attempt, in order") List<Attempt> log) {

        static Delivery of(WebhookSubscriptions.Delivery d) {
            return new Delivery(d.id(), d.eventId(), d.eventType(), d.subject(), d.status(), d.attempts(),
                    d.nextAttemptAt(), d.lastAttemptAt(), d.lastStatusCode(), d.lastError(), d.deliveredAt(),
                    d.redeliveryOf(), d.createdAt(), d.log().stream().map(a -> new Attempt(a.attempt(), a.at(),
                            a.statusCode(), a.error(), a.durationMs())).toList());
        }
    }

    @Schema(name = "WebhookAttempt", description = "One attempt: the receiver's status, or why none came")
    public record Attempt(
            @Schema(required = true) int attempt,
            @Schema(required = true) OffsetDateTime at,
            @Schema(description = "The HTTP status the receiver answered; absent when it did not answer")
            Integer statusCode,
            @Schema(description = "Why the attempt failed; absent when it succeeded") String error,
            @Schema(required = true) int durationMs) {
    }
}
