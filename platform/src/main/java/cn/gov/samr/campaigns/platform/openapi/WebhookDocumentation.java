package cn.gov.samr.campaigns.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The OpenAPI 3.1 {@code webhooks} section: one entry per event type this service offers to subscribers
 * ({@code platform.webhooks.event-types}, the list the subscriptions are checked against), saying what a subscriber's
 * URL receives: a signed CloudEvent in the HTTP binding's binary mode. Event bodies are described per type in
 * docs/asyncapi.yaml, the one contract of the events.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WebhookDocumentation implements OASFilter {

    static final String SIGNATURE = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + body)>, with the "
            + "secret the subscription's creation (or its last rotation) answered; for the overlap after a rotation, "
            + "a second v1= signed with the previous secret. Verify it over the body as received (any v1 may match) "
            + "and refuse a t more than five minutes away from your clock (replay).";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> types = ConfigProvider.getConfig()
                .getOptionalValues("platform.webhooks.event-types", String.class).orElse(List.of());
        for (String type : types) {
            openAPI.addWebhook(type, OASFactory.createPathItem().POST(operation(type)));
        }
    }

    private static Operation operation(String type) {
        return OASFactory.createOperation()
                .operationId(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "Webhook")
                .summary(type + ", POSTed to each subscribed URL")
                .description("Sent to the URL of every subscription naming " + type + " whose filters match and "
                        + "whose owner may read what the event says over this API (POST /api/v1/webhooks). A "
                        + "CloudEvent 1.0 in binary mode: the body is the event's JSON as on Kafka (its schema: "
                        + "docs/asyncapi.yaml, message " + type + "), the attributes are headers. Answer any 2xx "
                        + "within 10 s; anything else is retried with exponential backoff and jitter for 26 hours, "
                        + "then the subscription is paused (POST /api/v1/webhooks/{id}/resume).")
                .tags(List.of("Webhooks"))
                .security(List.of())
                .parameters(List.of(
                        header("ce-specversion", "Always 1.0"),
                        header("ce-id", "The event's id: the same in a repeat or a redelivery, so drop what you "
                                + "have seen"),
                        header("ce-source", "This service, e.g. /event-service"),
                        header("ce-type", "Always " + type),
                        header("ce-time", "When the event happened (RFC 3339)"),
                        header("webhook-id", "This delivery's id, as the delivery log shows it"),
                        header("webhook-signature", SIGNATURE),
                        optionalHeader("ce-subject", "The aggregate's id"),
                        optionalHeader("ce-aggregateversion", "The aggregate's version after this event: apply an "
                                + "event only if it is newer than what you hold (deliveries may arrive out of order)")))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(
                                OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media
                                        .Schema.SchemaType.OBJECT)
                                        .description("The " + type + " body of docs/asyncapi.yaml")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("Received (any 2xx will do; the body is ignored)"))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("Not received: tried again later")));
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                        .SchemaType.STRING));
    }

    private static Parameter optionalHeader(String name, String description) {
        return header(name, description).required(false);
    }
}
