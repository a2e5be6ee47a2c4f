package cn.gov.samr.campaigns.event.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** Where a launch ceremony is held: a division (city or county, or a provincial unit), an address, coordinates. */
@Embeddable
public record CeremonyPlace(String division, String address, BigDecimal latitude, BigDecimal longitude) {
}
