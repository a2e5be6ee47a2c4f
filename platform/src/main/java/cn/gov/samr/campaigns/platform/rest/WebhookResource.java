package cn.gov.samr.campaigns.platform.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonString;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.samr.campaigns.platform.messaging.OutboxConfig;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import cn.gov.samr.campaigns.platform.webhook.WebhookAudience.Subscriber;
import cn.gov.samr.campaigns.platform.webhook.WebhookSubscriptions;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Webhooks for partners: this service's events, pushed to a partner's URL as CloudEvents over HTTP, signed and
 * retried (platform {@code webhook} package). The same resource in every service, each offering its own event types.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "This service's events pushed to partners' URLs: CloudEvents over HTTP (binary "
        + "mode), signed with HMAC-SHA256, retried with exponential backoff for 26 hours, then paused")
@Blocking
public class WebhookResource {

    static final String DELIVERY = "Deliveries are CloudEvents 1.0 in the HTTP binding's binary mode: a POST whose "
            + "body is the event's JSON (as on Kafka, docs/asyncapi.yaml) with the headers ce-specversion, ce-id, "
            + "ce-source, ce-type, ce-time, ce-subject (the aggregate id), ce-aggregateversion (order one aggregate's "
            + "events by it; deliveries may arrive out of order), webhook-id (the delivery) and webhook-signature: "
            + "t=<unix seconds>,v1=<hex HMAC-SHA256 of t + \".\" + body with the subscription's secret> (after a "
            + "secret rotation, for its overlap, a second v1= with the previous secret). Verify the signature (any v1 "
            + "may match) and refuse a t more than five minutes old. Any 2xx answer delivers; anything else, or no "
            + "answer within 10 s, is retried with exponential backoff and jitter (30 s doubling to 1 h) for 26 hours "
            + "from the first attempt; then the delivery fails and the subscription is paused with the reason. A "
            + "receiver may see an event twice (same ce-id). You are told only of what you could read over this "
            + "API.";

    private final WebhookSubscriptions subscriptions;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Jurisdiction jurisdiction;
    private final OutboxConfig outbox;

    public WebhookResource(WebhookSubscriptions subscriptions, Validator validator, SecurityIdentity identity,
            JsonWebToken token, Jurisdiction jurisdiction, OutboxConfig outbox) {
        this.subscriptions = subscriptions;
        this.validator = validator;
        this.identity = identity;
        this.token = token;
        this.jurisdiction = jurisdiction;
        this.outbox = outbox;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to some of this service's event types",
            description = "A partner or certification body subscribes for itself; the national office on behalf of "
                    + "one (owner). The URL must be https and resolve to public addresses only (checked now and "
                    + "before every delivery). The answer carries the signing secret, this once. " + DELIVERY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "jiangsu", summary = "A partner following Jiangsu's activities",
                    value = "{\"url\": \"https://partner.example.com/hooks/campaigns\", "
                            + "\"eventTypes\": [\"ActivityScheduled\", \"ActivityCancelled\"], "
                            + "\"provincialUnit\": \"320000\"}")))
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only",
            headers = @Header(name = "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: a URL that is not https or resolves to a "
            + "private address, an event type this service does not have, an unknown provincial unit, a missing or "
            + "unexpected owner")
    public Response create(WebhookRequest request) {
        Subscriber owner = ownerFor(request);
        WebhookSubscriptions.Subscription created = subscriptions.create(owner, request.terms(), jurisdiction.caller());
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(WebhookView.of(created)).build();
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "listWebhooks", summary = "The caller's webhook subscriptions, newest first",
            description = "The national office sees every subscription. " + DELIVERY)
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The previous page's next")
    public Page<WebhookView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<WebhookSubscriptions.Subscription> rows = subscriptions.list(caller(), after.timestamp(0),
                after.uuid(1), limit + 1);
        Page<WebhookSubscriptions.Subscription> page = Page.of(rows, limit,
                s -> Cursor.encode(s.createdAt().toString(), s.id().toString()));
        return new Page<>(page.items().stream().map(WebhookView::of).toList(), page.next());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "getWebhook", summary = "One webhook subscription",
            description = "Someone else's subscription is not found. The secret is not shown again.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(subscriptions.get(id, caller()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "replaceWebhook", summary = "Change a subscription's URL, event types and filters",
            description = "The same rules as subscribing; the owner and the secret stay (owner, if given, must be "
                    + "the subscription's). Deliveries already owed keep going to the new URL.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, as when subscribing")
    public WebhookView replace(@PathParam("id") UUID id, WebhookRequest request) {
        Optional<Subscriber> caller = caller();
        WebhookSubscriptions.Subscription current = subscriptions.get(id, caller); // 404 before 400
        InvalidInputException.Collector errors = InvalidInputException.validate(request,
                "a subscription is required", validator);
        if (request.owner() != null) {
            errors.check(new Subscriber(request.owner().role(), request.owner().org()).equals(current.owner()),
                    "owner", "a subscription's owner cannot change; subscribe anew");
        }
        subscriptions.check(request.terms(), errors);
        errors.throwIfAny();
        return WebhookView.of(subscriptions.replace(id, caller, request.terms()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "The subscription, its pending deliveries and its delivery log are gone.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, caller());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: newest first, every attempt",
            description = "Each event owed to the subscription: pending (with its next attempt), delivered or "
                    + "failed, and each attempt's status code or error.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only deliveries in this state",
            schema = @Schema(enumeration = { "pending", "delivered", "failed" }))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The previous page's next")
    public Page<WebhookView.Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        if (status != null && !List.of("pending", "delivered", "failed").contains(status)) {
            throw InvalidInputException.of("status", "must be pending, delivered or failed");
        }
        Cursor after = Cursor.decode(cursor, Cursor.Key.TIMESTAMP, Cursor.Key.UUID);
        List<WebhookSubscriptions.Delivery> rows = subscriptions.deliveries(id, caller(), status, after.timestamp(0),
                after.uuid(1), limit + 1);
        Page<WebhookSubscriptions.Delivery> page = Page.of(rows, limit,
                d -> Cursor.encode(d.createdAt().toString(), d.id().toString()));
        return new Page<>(page.items().stream().map(WebhookView.Delivery::of).toList(), page.next());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery's event again",
            description = "A new delivery of the same event (same ce-id), due now, with a fresh retry window; the "
                    + "one it repeats stays in the log as it was. A paused subscription sends it once resumed.")
    @APIResponse(responseCode = "202", description = "The new delivery, pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.Delivery.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") @Parameter(description = "The "
            + "delivery to repeat, as the delivery log lists it") UUID deliveryId) {
        return Response.accepted(WebhookView.Delivery.of(subscriptions.redeliver(id, deliveryId, caller()))).build();
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "resumeWebhook", summary = "Resume a paused subscription",
            description = "The events owed while it was paused are sent, each with a fresh retry window, and the "
                    + "delivery whose failure paused it is tried again. An active subscription is left as it is.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView resume(@PathParam("id") UUID id) {
        return WebhookView.of(subscriptions.resume(id, caller()));
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret",
            description = "A new secret, in this answer only. For an overlap (24 hours unless configured otherwise; "
                    + "previousSecretValidUntil says until when) every delivery carries two signatures, "
                    + "webhook-signature: t=<unix seconds>,v1=<with the new secret>,v1=<with the previous one>, so "
                    + "the receiver can switch to the new secret without refusing a delivery; after it, only the new "
                    + "one signs. A receiver accepts a delivery when any v1 verifies with the secret it holds. "
                    + "Rotating again within the overlap keeps only the two newest secrets.")
    @APIResponse(responseCode = "200", description = "Rotated; the new secret is in this answer only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView rotateSecret(@PathParam("id") UUID id) {
        return WebhookView.of(subscriptions.rotateSecret(id, caller()));
    }

    @POST
    @Path("/{id}/ping")
    @RolesAllowed({ Roles.PARTNER, Roles.CERTIFICATION_BODY, Roles.NATIONAL_ADMIN })
    @Operation(operationId = "pingWebhook", summary = "Send a test delivery",
            description = "A delivery of type WebhookPing whose body is {\"subscriptionId\": ...}, signed and retried "
                    + "like any other: to check the receiver and its signature check.")
    @APIResponse(responseCode = "202", description = "The test delivery, pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.Delivery.class)))
    public Response ping(@PathParam("id") UUID id) {
        return Response.accepted(WebhookView.Delivery.of(subscriptions.ping(id, caller(), outbox.source()))).build();
    }

    /** The owner a new subscription gets: the caller itself, or the one the national office names. */
    private Subscriber ownerFor(WebhookRequest request) {
        InvalidInputException.Collector errors = InvalidInputException.validate(request, "a subscription is required",
                validator);
        Optional<Subscriber> self = caller();
        errors.check(self.isPresent() || request.owner() != null, "owner",
                "the national office subscribes on behalf of a partner or certification body: name it");
        errors.check(self.isEmpty() || request.owner() == null, "owner",
                "only the national office subscribes on another's behalf; your token says who you are");
        subscriptions.check(request.terms(), errors);
        errors.throwIfAny();
        return self.orElseGet(() -> new Subscriber(request.owner().role(), request.owner().org()));
    }

    /**
     * The subscriber the caller is, or empty for the national office (which sees and manages every subscription).
     * A certification body is its org claim (approval number); a partner its org claim, else its user name.
     */
    private Optional<Subscriber> caller() {
        if (identity.hasRole(Roles.NATIONAL_ADMIN)) {
            return Optional.empty();
        }
        if (identity.hasRole(Roles.CERTIFICATION_BODY)) {
            String org = jurisdiction.organisation().orElseThrow(
                    () -> new ForbiddenException("A certification body's token must name it (org claim)."));
            return Optional.of(new Subscriber(Roles.CERTIFICATION_BODY, org));
        }
        Object claim = token.getClaim(Jurisdiction.ORG_CLAIM);
        String org = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : null;
        return Optional.of(new Subscriber(Roles.PARTNER, org != null ? org : identity.getPrincipal().getName()));
    }
}
