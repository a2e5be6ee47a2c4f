package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of activity: the notice's forms of publicity, with the words a calendar shows for each. */
public enum ActivityType {
    @JsonProperty("launch-ceremony")
    LAUNCH_CEREMONY("启动仪式", "Launch ceremony"),
    @JsonProperty("knowledge-lecture")
    KNOWLEDGE_LECTURE("知识讲解", "Knowledge lecture"),
    @JsonProperty("skills-training")
    SKILLS_TRAINING("技能培训", "Skills training"),
    @JsonProperty("technical-service")
    TECHNICAL_SERVICE("技术服务", "Technical service"),
    @JsonProperty("on-site-guidance")
    ON_SITE_GUIDANCE("深入产地指导", "On-site guidance at production sites"),
    @JsonProperty("experience-event")
    EXPERIENCE_EVENT("体验活动", "Experience event"),
    @JsonProperty("exhibition")
    EXHIBITION("展览展示", "Exhibition"),
    @JsonProperty("media-campaign")
    MEDIA_CAMPAIGN("媒体宣传", "Media campaign"),
    @JsonProperty("online")
    ONLINE("线上活动", "Online event");

    private final String zh;
    private final String en;

    ActivityType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese name, e.g. 知识讲解. */
    public String zh() {
        return zh;
    }

    /** The English name, e.g. Knowledge lecture. */
    public String en() {
        return en;
    }
}
