package cn.gov.samr.campaigns.event.domain;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A certification scheme a body is approved for (认证领域), as far as the campaigns and the shipped sources need them:
 * the three weeks' schemes, management systems, and the greenhouse-gas validation and verification of the CNCA
 * announcements the reference list comes from (docs/certification-bodies.md).
 */
public enum CertificationScheme {
    /** 有机产品认证 */
    @JsonProperty("organic-product")
    ORGANIC_PRODUCT,
    /** 绿色产品认证 */
    @JsonProperty("green-product")
    GREEN_PRODUCT,
    /** 服务认证 */
    @JsonProperty("service")
    SERVICE,
    /** 质量管理体系认证 */
    @JsonProperty("quality-management")
    QUALITY_MANAGEMENT,
    /** 温室气体自愿减排项目审定与减排量核查 */
    @JsonProperty("ghg-validation-verification")
    GHG_VALIDATION_VERIFICATION;

    /** The scheme as the API and the reference data name it, e.g. organic-product. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
