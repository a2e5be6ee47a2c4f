package cn.gov.samr.campaigns.material.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Delivery;
import cn.gov.samr.campaigns.material.domain.LocalizedText;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialKind;

/**
 * A material as the national office writes it, to create a draft or to change one.
 *
 * @param campaignId fixed at creation; a change must repeat it
 */
public record MaterialRequest(
        @NotNull UUID campaignId,
        @NotNull MaterialKind kind,
        @NotNull @Valid Title title,
        @Valid Description description,
        @NotNull Delivery delivery,
        @NotNull Access access) {

    /** E.g. zh 《中国有机产品认证与有机产业发展报告》, en "China Organic Product Certification Report". */
    @Schema(name = "MaterialTitle")
    public record Title(@NotBlank @Size(max = 300) String zh, @Size(max = 300) String en) {
    }

    @Schema(name = "MaterialDescription")
    public record Description(@Size(max = 10000) String zh, @Size(max = 10000) String en) {
    }

    Material.Terms terms() {
        return new Material.Terms(kind, new LocalizedText(title.zh().strip(), blankToNull(title.en())),
                description == null ? null : new LocalizedText(blankToNull(description.zh()),
                        blankToNull(description.en())),
                delivery, access);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
