package cn.gov.samr.campaigns.platform.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.platform.webhook.WebhookSubscriptions;

/** A webhook subscription as a partner writes it. */
@Schema(name = "WebhookRequest", description = "A URL subscribed to some of this service's event types, with "
        + "optional filters")
public record WebhookRequest(
        @Schema(required = true, maxLength = 2000, examples = "https://partner.example.com/hooks/campaigns",
                description = "Where deliveries are POSTed: https (plain http only in development), a host that "
                        + "resolves to public addresses only")
        @NotBlank @Size(max = 2000) String url,
        @Schema(required = true, minItems = 1, maxItems = 50, description = "The event types to be told of, "
                + "among this service's (see the webhooks section of this document)")
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 100) String> eventTypes,
        @Schema(description = "Only events whose body names this campaign (campaignId or campaignIds)")
        UUID campaign,
        @Schema(pattern = "^[0-9]{6}$", description = "Only events whose body names this provincial unit "
                + "(provincialUnit)")
        @Pattern(regexp = "[0-9]{6}", message = "must be a six-digit division code") String provincialUnit,
        @Schema(maxLength = 200, description = "The subscriber's own note") @Size(max = 200) String description,
        @Schema(description = "Whose subscription it is: required when the national office subscribes on a "
                + "partner's or certification body's behalf, refused from anyone else (their own token says who "
                + "they are)")
        @Valid Owner owner) {

    @Schema(name = "WebhookOwner", description = "The subscriber: its role and organisation")
    public record Owner(
            @Schema(required = true, enumeration = { "partner", "certification-body" })
            @NotNull @Pattern(regexp = "partner|certification-body", message = "must be partner or certification-body")
            String role,
            @Schema(required = true, maxLength = 100, description = "A certification body's CNCA approval number "
                    + "(its token's org claim), or the partner's organisation (its org claim, else its user name)")
            @NotBlank @Size(max = 100) String org) {
    }

    WebhookSubscriptions.Terms terms() {
        return new WebhookSubscriptions.Terms(url, eventTypes, campaign, provincialUnit, description);
    }
}
