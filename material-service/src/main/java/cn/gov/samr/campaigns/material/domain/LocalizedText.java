package cn.gov.samr.campaigns.material.domain;

import jakarta.persistence.Embeddable;

/** A text in Chinese (required where it is used) and English. */
@Embeddable
public record LocalizedText(String zh, String en) {
}
