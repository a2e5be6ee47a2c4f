package cn.gov.samr.campaigns.event.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Visibility;
import cn.gov.samr.campaigns.event.repository.CertificationBodyDirectory;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/** An activity; {@code warnings} only in the answer to a schedule or change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {
        "id", "type", "title", "campaigns", "venue", "provincialUnit", "startsAt", "endsAt", "format", "settings",
        "invitedMedia", "certificationBodies", "visibility", "voluntaryParticipation", "noFee", "status", "version" })
public record ActivityView(UUID id, ActivityType type, LocalizedText title, ActivityRequest.Description description,
        Set<UUID> campaigns, ActivityRequest.Venue venue, String provincialUnit, OffsetDateTime startsAt,
        OffsetDateTime endsAt, ActivityFormat format, Set<ActivitySetting> settings, Integer expectedParticipants,
        List<String> invitedMedia,
        @Schema(description = "By approval number, in that order; text stored before the reference list existed "
                + "keeps its text as id, with no name") List<CertificationBodyRef> certificationBodies,
        @Schema(description = "Only to officials: the national office and the officers in whose jurisdiction the "
                + "activity is; never to certification bodies, partners or other provinces' officers")
        ActivityRequest.Contact contact,
        Visibility visibility, boolean voluntaryParticipation, boolean noFee, ActivityStatus status, Outcome outcome,
        String cancelReason, long version,
        @Schema(maxItems = 37, description = "What to look at, nothing refused: per kind of conflict (same venue at "
                + "overlapping times; per campaign, another launch ceremony) at most 5 named, then one saying how many "
                + "in all; and an online or hybrid activity without its onlineUrl") List<FieldError> warnings,
        @Schema(description = "Where to join an online or hybrid activity", format = "uri") String onlineUrl,
        @Schema(description = "Its photo or poster, once uploaded (PUT /activities/{id}/image)") Image image,
        @Schema(description = "Great-circle distance from the point of near, in kilometres (to the metre); "
                + "only in answers to near") Double distanceKm) {

    /** This view in a nearest-first list: with its distance from the point of near. */
    ActivityView at(double kilometres) {
        return new ActivityView(id, type, title, description, campaigns, venue, provincialUnit, startsAt, endsAt,
                format, settings, expectedParticipants, invitedMedia, certificationBodies, contact, visibility,
                voluntaryParticipation, noFee, status, outcome, cancelReason, version, warnings, onlineUrl, image,
                kilometres);
    }

    /**
     * An activity's photo or poster.
     *
     * @param url where to fetch it: GET /api/v1/activities/{id}/image, or the public one for a public announced
     *            activity
     */
    @Schema(name = "ActivityImage", requiredProperties = { "url", "mediaType", "sizeBytes", "sha256", "uploadedAt" })
    public record Image(@Schema(format = "uri-reference") String url,
            @Schema(enumeration = { "image/jpeg", "image/png", "image/webp" }) String mediaType, long sizeBytes,
            @Schema(pattern = "^[0-9a-f]{64}$") String sha256, OffsetDateTime uploadedAt) {

        static Image of(Activity a) {
            if (a.imageKey == null) {
                return null;
            }
            String url = a.isPublic() ? PublicActivityResource.imagePath(a.id) : "/api/v1/activities/" + a.id + "/image";
            return new Image(url, a.imageMediaType, a.imageSizeBytes, a.imageSha256, a.imageUploadedAt);
        }
    }

    @Schema(requiredProperties = { "actualParticipants", "mediaItems", "photoCount" })
    public record Outcome(Integer actualParticipants, Integer mediaItems, Integer photoCount, String note) {
    }

    /** @param contact whether the caller may read the contact ({@code ActivityService#showsContact}) */
    static ActivityView of(Activity a, CertificationBodyDirectory bodies, boolean contact) {
        return of(a, bodies, contact, null);
    }

    static ActivityView of(Activity a, CertificationBodyDirectory bodies, boolean contact, List<FieldError> warnings) {
        return new ActivityView(a.id, a.type, a.title,
                a.descriptionZh == null && a.descriptionEn == null ? null
                        : new ActivityRequest.Description(a.descriptionZh, a.descriptionEn),
                Set.copyOf(a.campaignIds), new ActivityRequest.Venue(a.divisionCode, a.venueAddress, a.latitude, a.longitude),
                a.provincialUnit, a.startsAt, a.endsAt, a.format, Set.copyOf(a.settings), a.expectedParticipants,
                List.copyOf(a.invitedMedia), a.certificationBodies.stream().sorted()
                        .map(id -> new CertificationBodyRef(id, bodies.nameOf(id))).toList(),
                !contact || a.contactName == null && a.contactPhone == null ? null
                        : new ActivityRequest.Contact(a.contactName, a.contactPhone),
                a.visibility, a.voluntaryParticipation, a.noFee, a.status,
                a.actualParticipants == null ? null
                        : new Outcome(a.actualParticipants, a.mediaItems, a.photoCount, a.outcomeNote),
                a.cancelReason, a.version, warnings, a.onlineUrl, Image.of(a), null);
    }
}
