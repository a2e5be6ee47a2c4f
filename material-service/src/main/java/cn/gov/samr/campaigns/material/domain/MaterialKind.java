package cn.gov.samr.campaigns.material.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.gov.samr.campaigns.platform.storage.ContentType;

/** What a material is; each kind accepts the file types it can sensibly be, judged from the file's bytes. */
public enum MaterialKind {
    /** 宣传海报 */
    @JsonProperty("poster")
    POSTER(EnumSet.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG, ContentType.WEBP)),
    /** 宣传册 */
    @JsonProperty("brochure")
    BROCHURE(EnumSet.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
    /** 年度报告, e.g. 《中国有机产品认证与有机产业发展报告》 */
    @JsonProperty("annual-report")
    ANNUAL_REPORT(EnumSet.of(ContentType.PDF, ContentType.DOCX)),
    /** 典型案例集 / best-practice collection */
    @JsonProperty("best-practices")
    BEST_PRACTICES(EnumSet.of(ContentType.PDF, ContentType.DOCX)),
    /** 宣传视频 */
    @JsonProperty("video")
    VIDEO(EnumSet.of(ContentType.MP4, ContentType.QUICKTIME)),
    /** 课件 / presentation slides */
    @JsonProperty("slides")
    SLIDES(EnumSet.of(ContentType.PPTX, ContentType.PDF)),
    @JsonProperty("other")
    OTHER(EnumSet.complementOf(EnumSet.of(ContentType.UNKNOWN)));

    private final Set<ContentType> accepted;

    MaterialKind(Set<ContentType> accepted) {
        this.accepted = accepted;
    }

    public Set<ContentType> acceptedFileTypes() {
        return accepted;
    }
}
