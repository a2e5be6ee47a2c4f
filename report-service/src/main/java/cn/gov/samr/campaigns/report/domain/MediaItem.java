package cn.gov.samr.campaigns.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One piece of media coverage a province reports (媒体报道登记). */
@Entity
public class MediaItem {

    /** 中央 / 省级 / 地方. */
    @Schema(name = "MediaLevel")
    public enum Level {
        @JsonProperty("central")
        CENTRAL,
        @JsonProperty("provincial")
        PROVINCIAL,
        @JsonProperty("local")
        LOCAL
    }

    /** 电视 / 报刊 / 网站 / 新媒体账号. */
    @Schema(name = "MediaMedium")
    public enum Medium {
        @JsonProperty("tv")
        TV,
        @JsonProperty("print")
        PRINT,
        @JsonProperty("web")
        WEB,
        @JsonProperty("new-media")
        NEW_MEDIA
    }

    @Id
    public UUID id;

    public UUID obligationId;
    public UUID campaignId;
    public String divisionCode;
    public String outlet;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Medium medium;

    public String title;
    public String url;

    /** The URL as compared for duplicates ({@link MediaUrl#normalise}). */
    public String normalizedUrl;

    public LocalDate publishedOn;

    /** Audience or readership as the outlet states it; optional. */
    public Long reach;

    public OffsetDateTime addedAt;
}
