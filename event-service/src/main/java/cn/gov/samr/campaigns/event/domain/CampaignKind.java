package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The recurring campaigns; each year's run of one is a {@link Campaign} edition. */
public enum CampaignKind {
    /** 有机产品认证宣传周 */
    @JsonProperty("organic-product-week")
    ORGANIC_PRODUCT_WEEK,
    /** 绿色产品认证与标识宣传周 */
    @JsonProperty("green-product-week")
    GREEN_PRODUCT_WEEK,
    /** 服务认证体验周 */
    @JsonProperty("service-experience-week")
    SERVICE_EXPERIENCE_WEEK,
    /** 世界认可日, 9 June */
    @JsonProperty("world-accreditation-day")
    WORLD_ACCREDITATION_DAY,
    /** 质量月, September */
    @JsonProperty("quality-month")
    QUALITY_MONTH,
    /**
     * An umbrella series that groups editions, e.g. 全国质量认证系列宣传体验周: its editions point to it by
     * {@code seriesId}; it owes no reports and gets no distribution plan of its own.
     */
    @JsonProperty("series")
    SERIES,
    @JsonProperty("other")
    OTHER
}
