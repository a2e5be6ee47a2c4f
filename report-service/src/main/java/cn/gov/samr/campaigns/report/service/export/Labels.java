package cn.gov.samr.campaigns.report.service.export;

import java.util.Map;

import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

/**
 * The words of the exports. Headers are bilingual ("中文 / English") because the national office reads Chinese and
 * partners abroad read English; status values keep their API name after the Chinese so a machine can still read them.
 */
final class Labels {

    private static final Map<String, String> ACTIVITY_TYPES = Map.of(
            "launch-ceremony", "启动仪式",
            "knowledge-lecture", "知识讲解",
            "skills-training", "技能培训",
            "technical-service", "技术服务",
            "on-site-guidance", "深入产地指导",
            "experience-event", "体验活动",
            "exhibition", "展览展示",
            "media-campaign", "媒体宣传",
            "online", "线上活动");

    private static final Map<String, String> SETTINGS = Map.of(
            "farms", "进农户",
            "supermarkets", "进商超",
            "communities", "进社区",
            "enterprises", "进企业",
            "schools", "进校园");

    private Labels() {
    }

    static String both(String zh, String en) {
        return zh + " / " + en;
    }

    /** The API name of a value (what JSON says), e.g. {@code on-time}. */
    static String apiName(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String zh(ObligationStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未开始";
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交";
            case RETURNED -> "已退回";
            case RESUBMITTED -> "已重新提交";
            case ACCEPTED -> "已通过";
        };
    }

    static String zh(Timeliness timeliness) {
        return switch (timeliness) {
            case ON_TIME -> "按时";
            case LATE -> "迟报";
            case MISSING -> "缺报";
            case PENDING -> "待报";
        };
    }

    /** "已通过 / accepted": the Chinese word and the API value. */
    static String of(ObligationStatus status) {
        return status == null ? "" : both(zh(status), apiName(status));
    }

    static String of(Timeliness timeliness) {
        return timeliness == null ? "" : both(zh(timeliness), apiName(timeliness));
    }

    /** The Chinese name of an activity type given by its API name; the API name itself for a type added later. */
    static String activityTypeZh(String type) {
        return ACTIVITY_TYPES.getOrDefault(type, type);
    }

    static String settingZh(String setting) {
        return SETTINGS.getOrDefault(setting, setting);
    }
}
