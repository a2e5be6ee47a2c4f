package cn.gov.samr.campaigns.event.repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The select list {@link #of(ResultSet, int)} reads, in its order; {@code a} is the activity. */
    static final String COLUMNS = "a.id, a.type, a.title_zh, a.title_en, a.description_zh, "
            + "array(select lc.campaign_id from activity_campaign lc where lc.activity_id = a.id) as campaign_ids, "
            + "a.division_code, a.provincial_unit, a.venue_address, a.latitude, a.longitude, a.starts_at, a.ends_at, "
            + "a.format, "
            + "array(select ls.setting from activity_setting ls where ls.activity_id = a.id) as setting_names, "
            + "a.status, a.online_url, a.image_key is not null as has_image";

    /**
     * The row's columns from {@code at} on (1-based, as JDBC counts), in the order of {@link #COLUMNS}: read straight
     * into the view, each with its type, nothing boxed into an Object[] on the way.
     */
    static ListedActivity of(ResultSet rs, int at) throws SQLException {
        return new ListedActivity(rs.getObject(at, UUID.class), ActivityType.valueOf(rs.getString(at + 1)),
                new LocalizedText(rs.getString(at + 2), rs.getString(at + 3)), rs.getString(at + 4),
                Set.copyOf(uuids(rs.getArray(at + 5))), rs.getString(at + 6), rs.getString(at + 7),
                rs.getString(at + 8), rs.getBigDecimal(at + 9), rs.getBigDecimal(at + 10), time(rs, at + 11),
                time(rs, at + 12), ActivityFormat.valueOf(rs.getString(at + 13)), settings(rs.getArray(at + 14)),
                ActivityStatus.valueOf(rs.getString(at + 15)), rs.getString(at + 16), rs.getBoolean(at + 17));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return ids;
    }

    private static Set<ActivitySetting> settings(Array array) throws SQLException {
        Object[] names = (Object[]) array.getArray();
        ActivitySetting[] settings = new ActivitySetting[names.length];
        for (int i = 0; i < names.length; i++) {
            settings[i] = ActivitySetting.valueOf(names[i].toString());
        }
        return Set.of(settings);
    }

    /** PostgreSQL's timestamptz as the entities carry it: at UTC. */
    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
