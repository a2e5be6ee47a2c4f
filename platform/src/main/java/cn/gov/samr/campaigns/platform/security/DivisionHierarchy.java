package cn.gov.samr.campaigns.platform.security;

/**
 * Which administrative division lies within which. The jurisdiction check asks only this, so that a service
 * with reference data (the XPCC's units are not under 660000 in GB/T 2260) can answer from its tables.
 */
public interface DivisionHierarchy {

    /** True when {@code division} is {@code scope} itself or lies under it. */
    boolean isWithin(String division, String scope);

    /** The provincial unit a division reports through, or null for a code the hierarchy does not know. */
    String provincialUnitOf(String division);
}
