package cn.gov.samr.campaigns.event.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.Visibility;

/**
 * The columns of the activity import (批量导入): {@link ActivityRequest} flattened, named by the request's field path
 * so that an error names the same field as the single POST would. The campaign comes from the query, not a column.
 * A header cell is "中文名 (key)"; a cell with the key alone is understood too.
 */
enum ImportColumn {
    TYPE("type", "活动类型", true, "One of the values, or its Chinese name", labels(ActivityType.class,
            "启动仪式", "知识讲解", "技能培训", "技术服务", "深入产地指导", "体验活动", "展览展示", "媒体宣传", "线上活动")),
    TITLE_ZH("title.zh", "标题(中文)", true, "Text, at most 200 characters", null),
    TITLE_EN("title.en", "标题(英文)", false, "Text, at most 200 characters", null),
    DESCRIPTION_ZH("description.zh", "简介(中文)", false, "Text, at most 4000 characters", null),
    DESCRIPTION_EN("description.en", "简介(英文)", false, "Text, at most 4000 characters", null),
    DIVISION("venue.division", "区划代码", true, "The venue's six-digit division code (GB/T 2260), e.g. 320102, "
            + "within your jurisdiction", null),
    ADDRESS("venue.address", "地址", false, "Text, at most 300 characters", null),
    LATITUDE("venue.latitude", "纬度", false, "WGS-84 decimal degrees, -90 to 90", null),
    LONGITUDE("venue.longitude", "经度", false, "WGS-84 decimal degrees, -180 to 180", null),
    STARTS_AT("startsAt", "开始时间", true, "China time: yyyy-MM-dd HH:mm (or a date-time cell, or ISO 8601 with "
            + "an offset); inside the campaign's window", null),
    ENDS_AT("endsAt", "结束时间", true, "As startsAt; after it", null),
    FORMAT("format", "形式", true, "One of the values, or its Chinese name", labels(ActivityFormat.class,
            "线下", "线上", "线上线下结合")),
    ONLINE_URL("onlineUrl", "线上链接", false, "For an online or hybrid activity: the https address to join it, at "
            + "most 2000 characters", null),
    SETTINGS("settings", "场所", false, "Values separated by commas, e.g. communities,schools (or Chinese names)",
            labels(ActivitySetting.class, "进农户", "进商超", "进社区", "进企业", "进学校")),
    EXPECTED_PARTICIPANTS("expectedParticipants", "预计参与人数", false, "A whole number, 0 or more", null),
    INVITED_MEDIA("invitedMedia", "邀请媒体", false, "Names separated by commas, at most 50", null),
    CERTIFICATION_BODIES("certificationBodies", "认证机构", false,
            "Approval numbers separated by commas, e.g. CNCA-R-2002-001", null),
    CONTACT_NAME("contact.name", "联系人", false, "Text, at most 100 characters", null),
    CONTACT_PHONE("contact.phone", "联系电话", false, "Text, at most 40 characters", null),
    VISIBILITY("visibility", "公开范围", true, "public: on the consumers' calendar once published; internal: "
            + "officials only", labels(Visibility.class, "公开", "内部")),
    VOLUNTARY_PARTICIPATION("voluntaryParticipation", "自愿参加", true,
            "The declaration that participation is voluntary (坚持自愿参加原则): 是 / true", yesNoLabels()),
    NO_FEE("noFee", "不收费", true, "The declaration that no fee is charged (严禁摊派收费): 是 / true",
            yesNoLabels());

    final String key;
    final String zh;
    final boolean required;
    final String help;
    /** Allowed values (as the API spells them) and their Chinese names, in order; null for free values. */
    final Map<String, String> values;

    ImportColumn(String key, String zh, boolean required, String help, Map<String, String> values) {
        this.key = key;
        this.zh = zh;
        this.required = required;
        this.help = help;
        this.values = values;
    }

    String header() {
        return zh + " (" + key + ")";
    }

    /** The column a header cell names: "开始时间 (startsAt)", or "startsAt" alone. */
    static Optional<ImportColumn> ofHeader(String cell) {
        String text = cell == null ? "" : cell.strip();
        int open = text.lastIndexOf('(');
        String key = open >= 0 && text.endsWith(")") ? text.substring(open + 1, text.length() - 1).strip() : text;
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The API value a cell means: the value itself or its Chinese name, case-insensitively; empty if neither. */
    Optional<String> value(String cell) {
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (v.getKey().equalsIgnoreCase(cell) || v.getValue().equals(cell)) {
                return Optional.of(v.getKey());
            }
        }
        return Optional.empty();
    }

    /** true, false, or null for a cell that is neither: 是/否, true/false, yes/no, y/n, 1/0. */
    static Boolean yesNo(String cell) {
        return switch (cell.strip().toLowerCase()) {
            case "是", "true", "yes", "y", "1" -> Boolean.TRUE;
            case "否", "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The values a yes/no column shows in its list; see {@link #yesNo(String)} for all it understands. */
    private static Map<String, String> yesNoLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("true", "是");
        labels.put("false", "否");
        return labels;
    }

    /** An enum's API values (its @JsonProperty names) with the given Chinese names, in declaration order. */
    private static <E extends Enum<E>> Map<String, String> labels(Class<E> type, String... chinese) {
        E[] constants = type.getEnumConstants();
        if (constants.length != chinese.length) {
            throw new IllegalStateException(type.getSimpleName() + " has " + constants.length + " values, "
                    + chinese.length + " Chinese names");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (E constant : constants) {
            labels.put(apiName(constant), chinese[constant.ordinal()]);
        }
        return labels;
    }

    static String apiName(Enum<?> constant) {
        try {
            return constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ImportColumn> all() {
        return List.of(values());
    }
}
