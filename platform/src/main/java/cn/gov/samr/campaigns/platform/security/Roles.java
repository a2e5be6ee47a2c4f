package cn.gov.samr.campaigns.platform.security;

/** The roles of DESIGN.md, as they appear in the token's {@code groups} claim. */
public final class Roles {

    /** 总局 / 认证监管司: everything national. */
    public static final String NATIONAL_ADMIN = "national-admin";
    /** 省级市场监管局 officer; token claim {@code division} is the provincial unit's code. */
    public static final String PROVINCIAL_OFFICER = "provincial-officer";
    /** City or county bureau officer; claim {@code division} is that city or county. */
    public static final String LOCAL_OFFICER = "local-officer";
    /** 认证机构; claim {@code org}. */
    public static final String CERTIFICATION_BODY = "certification-body";
    /** Integration partners and media: read-only published data. */
    public static final String PARTNER = "partner";
    /**
     * A service account of the operators' tooling (the drift checks of the consuming services, monitoring): reads
     * the operational figures a service exposes for comparison, nothing else.
     */
    public static final String MONITOR = "monitor";

    private Roles() {
    }
}
