package cn.gov.samr.campaigns.report.domain;

import java.util.regex.Pattern;

/**
 * The statistics a report carries, named as the projection of activity events counts them: {@code activities},
 * {@code participants}, {@code mediaItems}, the same per activity type ({@code participants.type.lecture}), and
 * activities per setting ({@code activities.setting.online}).
 */
public final class FigureName {

    private static final Pattern NAME = Pattern.compile(
            "(activities|participants|mediaItems)(\\.type\\.[a-z0-9-]{1,60})?|activities\\.setting\\.[a-z0-9-]{1,60}");

    private FigureName() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static String byType(String measure, String type) {
        return measure + ".type." + type;
    }

    public static String bySetting(String setting) {
        return "activities.setting." + setting;
    }
}
