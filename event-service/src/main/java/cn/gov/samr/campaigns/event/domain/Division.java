package cn.gov.samr.campaigns.event.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An administrative division (行政区划): a provincial unit, a city or a county, by its six-digit code. */
@Entity
public class Division {

    @Schema(name = "DivisionLevel")
    public enum Level {
        /** 省级单位: province, autonomous region, municipality, or the XPCC */
        @JsonProperty("provincial-unit")
        PROVINCIAL_UNIT,
        @JsonProperty("city")
        CITY,
        @JsonProperty("county")
        COUNTY
    }

    @Id
    public String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    public LocalizedText name;

    @Enumerated(EnumType.STRING)
    public Level level;

    /** GB/T 2260's parent: a city's province, a county's city; null for a provincial unit. */
    public String parentCode;

    /**
     * The provincial unit the division reports through under the notice: its province, except for the XPCC's
     * cities, which GB/T 2260 files under Xinjiang (659000) but which belong to the XPCC (660000).
     */
    public String provincialUnit;

    public int sortOrder;
}
