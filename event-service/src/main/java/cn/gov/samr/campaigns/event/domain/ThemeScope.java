package cn.gov.samr.campaigns.event.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whose theme it is: World Accreditation Day has an international theme (ILAC/IAF's) and a domestic one. */
public enum ThemeScope {
    /** The theme of a national campaign (主题). */
    @JsonProperty("national")
    NATIONAL,
    /** The international theme, e.g. ILAC and IAF's theme of World Accreditation Day (国际主题). */
    @JsonProperty("international")
    INTERNATIONAL,
    /** The domestic theme chosen for China alongside an international one (国内主题). */
    @JsonProperty("domestic")
    DOMESTIC,
    @JsonProperty("other")
    OTHER
}
