package cn.gov.samr.campaigns.event.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a bureau decides about an activity: the part that scheduling sets and a change changes. */
public record ActivityPlan(ActivityType type, LocalizedText title, String descriptionZh, String descriptionEn,
        Set<UUID> campaignIds, String divisionCode, String venueAddress, BigDecimal latitude, BigDecimal longitude,
        OffsetDateTime startsAt, OffsetDateTime endsAt, ActivityFormat format, String onlineUrl, Set<ActivitySetting> settings,
        Integer expectedParticipants, List<String> invitedMedia, Set<String> certificationBodies, String contactName,
        String contactPhone, Visibility visibility) {

    public ActivityPlan {
        campaignIds = Set.copyOf(campaignIds);
        settings = settings == null ? Set.of() : Set.copyOf(settings);
        invitedMedia = invitedMedia == null ? List.of() : List.copyOf(invitedMedia);
        certificationBodies = certificationBodies == null ? Set.of() : Set.copyOf(certificationBodies);
    }

    /** Sets the plan on an activity; the provincial unit comes from the division tree, not from the caller. */
    public void applyTo(Activity a, String provincialUnit) {
        a.type = type;
        a.title = title;
        a.descriptionZh = descriptionZh;
        a.descriptionEn = descriptionEn;
        a.campaignIds.clear();
        a.campaignIds.addAll(campaignIds);
        a.divisionCode = divisionCode;
        a.provincialUnit = provincialUnit;
        a.venueAddress = venueAddress;
        a.latitude = latitude;
        a.longitude = longitude;
        a.startsAt = startsAt;
        a.endsAt = endsAt;
        a.format = format;
        a.onlineUrl = onlineUrl;
        a.settings.clear();
        a.settings.addAll(settings);
        a.expectedParticipants = expectedParticipants;
        a.invitedMedia.clear();
        a.invitedMedia.addAll(invitedMedia);
        a.certificationBodies.clear();
        a.certificationBodies.addAll(certificationBodies);
        a.contactName = contactName;
        a.contactPhone = contactPhone;
        a.visibility = visibility;
    }

    /** What this plan changes on the activity, as the API names the fields. */
    public Map<String, Object> changesFrom(Activity a) {
        return new FieldChanges()
                .compare("type", a.type, type)
                .compare("title", a.title, title)
                .compare("campaigns", Set.copyOf(a.campaignIds), campaignIds)
                .compare("venue.division", a.divisionCode, divisionCode)
                .compare("venue.address", a.venueAddress, venueAddress)
                .compare("startsAt", a.startsAt.toInstant(), startsAt.toInstant())
                .compare("endsAt", a.endsAt.toInstant(), endsAt.toInstant())
                .compare("format", a.format, format)
                .compare("onlineUrl", a.onlineUrl, onlineUrl)
                .compare("settings", Set.copyOf(a.settings), settings)
                .compare("expectedParticipants", a.expectedParticipants, expectedParticipants)
                .compare("visibility", a.visibility, visibility)
                .toMap();
    }
}
