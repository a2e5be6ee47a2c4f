package cn.gov.samr.campaigns.event.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A theme (主题) of a campaign, bilingual, with its scope, e.g. 认可：促进贸易便利化 as the domestic theme. */
@Embeddable
public record CampaignTheme(@NotNull @Enumerated(EnumType.STRING) ThemeScope scope,
        @NotBlank @Size(max = 400) String zh, @Size(max = 400) String en) {
}
