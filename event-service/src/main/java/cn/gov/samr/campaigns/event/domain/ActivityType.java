package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of activity: the notice's forms of publicity. */
public enum ActivityType {
    /** 启动仪式 */
    @JsonProperty("launch-ceremony")
    LAUNCH_CEREMONY,
    /** 知识讲解 */
    @JsonProperty("knowledge-lecture")
    KNOWLEDGE_LECTURE,
    /** 技能培训 */
    @JsonProperty("skills-training")
    SKILLS_TRAINING,
    /** 技术服务 */
    @JsonProperty("technical-service")
    TECHNICAL_SERVICE,
    /** 深入产地指导 */
    @JsonProperty("on-site-guidance")
    ON_SITE_GUIDANCE,
    /** 体验活动 */
    @JsonProperty("experience-event")
    EXPERIENCE_EVENT,
    @JsonProperty("exhibition")
    EXHIBITION,
    @JsonProperty("media-campaign")
    MEDIA_CAMPAIGN,
    @JsonProperty("online")
    ONLINE
}
