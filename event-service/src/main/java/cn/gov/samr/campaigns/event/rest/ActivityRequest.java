package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivityPlan;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Visibility;

/**
 * An activity as a bureau schedules or changes it.
 *
 * @param voluntaryParticipation the declaration that participation is voluntary (坚持自愿参加原则); must be true
 * @param noFee                  the declaration that no fee is charged (严禁摊派收费); must be true
 * @param changeReason           why a published activity changes, kept in its history
 */
public record ActivityRequest(
        @NotNull ActivityType type,
        @NotNull @Valid LocalizedText title,
        @Valid Description description,
        @NotEmpty @Size(max = 5) List<@NotNull UUID> campaigns,
        @NotNull @Valid Venue venue,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull ActivityFormat format,
        @Schema(description = "Where to join an online or hybrid activity (the meeting or live-stream page): an https "
                + "URL; none for an offline one. An online or hybrid activity without it is accepted with a warning.",
                format = "uri", maxLength = 2000, pattern = "^https://")
        @Size(max = 2000) String onlineUrl,
        @Size(max = 20) Set<@NotNull ActivitySetting> settings,
        @PositiveOrZero @Max(MAX_PARTICIPANTS) Integer expectedParticipants,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> invitedMedia,
        @Schema(description = "CNCA approval numbers of bodies the reference list knows (GET "
                + "/api/v1/certification-bodies), e.g. CNCA-R-2002-001")
        @Size(max = 20) Set<@NotBlank @Size(max = 100) String> certificationBodies,
        @Valid Contact contact,
        @NotNull Visibility visibility,
        @NotNull @AssertTrue(message = "must be declared true: participation is voluntary (自愿参加)") Boolean voluntaryParticipation,
        @NotNull @AssertTrue(message = "must be declared true: no fee is charged (严禁摊派收费)") Boolean noFee,
        @Size(max = 1000) String changeReason) {

    /** More people than any campaign event draws (a national launch has thousands): a typing error. */
    public static final int MAX_PARTICIPANTS = 10_000_000;

    @Schema(name = "ActivityDescription")
    public record Description(@Size(max = 4000) String zh, @Size(max = 4000) String en) {
    }

    /**
     * The venue: its city or county (or province) code, or a township's nine-digit code (the XPCC's regiment farms),
     * address, optional WGS-84 coordinates.
     */
    public record Venue(
            @NotNull @Pattern(regexp = "\\d{6}(\\d{3})?",
                    message = "must be a six-digit division code, or nine digits for a township") String division,
            @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    public record Contact(@Size(max = 100) String name, @Size(max = 40) String phone) {
    }

    ActivityPlan plan() {
        return new ActivityPlan(type, title, description == null ? null : description.zh(),
                description == null ? null : description.en(), new LinkedHashSet<>(campaigns), venue.division(),
                venue.address(), venue.latitude(), venue.longitude(), startsAt, endsAt, format, onlineUrl, settings,
                expectedParticipants, invitedMedia, certificationBodies, contact == null ? null : contact.name(),
                contact == null ? null : contact.phone(), visibility);
    }
}
