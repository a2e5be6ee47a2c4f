package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;

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

/**
 * An administrative division (行政区划): a provincial unit, a city or a county by its six-digit code, or a township
 * (the XPCC's regiment farms) by its nine-digit code. Codes change with official lists: a code has validity dates
 * and, once retired, successors; it is never reused, so what was scheduled with it still resolves.
 */
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
        COUNTY,
        /** 乡级, nine digits: only the XPCC's places inside Xinjiang's counties are loaded (V15_2). */
        @JsonProperty("township")
        TOWNSHIP;

        /** The level under this one; null under a township. */
        public Level below() {
            return this == TOWNSHIP ? null : values()[ordinal() + 1];
        }
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

    /** The XPCC unit that runs a place lying in a Xinjiang county (a regiment farm's 师市); null: its parent. */
    public String administeredBy;

    /** First day the code is current; null: in the first data set, valid for any earlier day. */
    public LocalDate validFrom;

    /** First day the code is no longer current (the retiring release's date); null: current. */
    public LocalDate validTo;

    /**
     * A representative point, WGS-84: GeoNames' position of the place that bears the division's name (usually the
     * seat of its government), not the centre of its area; null where GeoNames names no such place (V16_1).
     */
    public java.math.BigDecimal latitude;
    public java.math.BigDecimal longitude;

    /** The GeoNames place the point is, by its Latin name. */
    public String pointPlace;

    /** Current on {@code day}: valid from on or before it, not yet retired. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }
}
