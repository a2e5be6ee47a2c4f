package cn.gov.samr.campaigns.event.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

/**
 * What a list shows of an activity, read as one row with its campaigns and settings as arrays: no entity, nothing for
 * the persistence context to hold or dirty-check, no second statement per collection. Contacts are not read at all.
 *
 * @param hasImage whether an image is stored (the view links to it; the key itself stays inside)
 */
public record ListedActivity(UUID id, ActivityType type, LocalizedText title, String descriptionZh,
        Set<UUID> campaigns, String divisionCode, String provincialUnit, String venueAddress, BigDecimal latitude,
        BigDecimal longitude, OffsetDateTime startsAt, OffsetDateTime endsAt, ActivityFormat format,
        Set<ActivitySetting> settings, ActivityStatus status, String onlineUrl, boolean hasImage) {

    /** The select list {@link #of(Object[], int)} reads, in its order; {@code a} is the activity. */
    static final String COLUMNS = "a.id, a.type, a.title_zh, a.title_en, a.description_zh, "
            + "array(select lc.campaign_id from activity_campaign lc where lc.activity_id = a.id) as campaign_ids, "
            + "a.division_code, a.provincial_unit, a.venue_address, a.latitude, a.longitude, a.starts_at, a.ends_at, "
            + "a.format, "
            + "array(select ls.setting from activity_setting ls where ls.activity_id = a.id) as setting_names, "
            + "a.status, a.online_url, a.image_key is not null as has_image";

    /** How many columns {@link #COLUMNS} has: a query may select more after them. */
    static final int WIDTH = 18;

    /** The row's columns from {@code at} on, in the order of {@link #COLUMNS}. */
    static ListedActivity of(Object[] row, int at) {
        return new ListedActivity((UUID) row[at], ActivityType.valueOf((String) row[at + 1]),
                new LocalizedText((String) row[at + 2], (String) row[at + 3]), (String) row[at + 4],
                Set.copyOf(uuids(row[at + 5])), (String) row[at + 6], (String) row[at + 7], (String) row[at + 8],
                (BigDecimal) row[at + 9], (BigDecimal) row[at + 10], time(row[at + 11]), time(row[at + 12]),
                ActivityFormat.valueOf((String) row[at + 13]), settings(row[at + 14]),
                ActivityStatus.valueOf((String) row[at + 15]), (String) row[at + 16], (Boolean) row[at + 17]);
    }

    private static List<UUID> uuids(Object array) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : elements(array)) {
            ids.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return ids;
    }

    private static Set<ActivitySetting> settings(Object array) {
        Object[] names = elements(array);
        ActivitySetting[] settings = new ActivitySetting[names.length];
        for (int i = 0; i < names.length; i++) {
            settings[i] = ActivitySetting.valueOf(names[i].toString());
        }
        return Set.of(settings);
    }

    /** A SQL array as the driver hands it over: a Java array, or a java.sql.Array not yet read. */
    private static Object[] elements(Object array) {
        try {
            return (Object[]) (array instanceof java.sql.Array sql ? sql.getArray() : array);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading an array column", e);
        }
    }

    /** PostgreSQL's timestamptz as the entities carry it (UTC), whichever type the driver hands over. */
    static OffsetDateTime time(Object value) {
        return value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }
}
