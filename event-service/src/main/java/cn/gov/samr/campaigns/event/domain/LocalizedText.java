package cn.gov.samr.campaigns.event.domain;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Text the public sees, in Chinese (required) and English. */
@Embeddable
public record LocalizedText(@NotBlank @Size(max = 200) String zh, @Size(max = 200) String en) {
}
