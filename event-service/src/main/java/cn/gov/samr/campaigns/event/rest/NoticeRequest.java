package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.NoticeTerms;

/** A notice (通知) as the national office writes it, to draft it or to change the draft. */
public record NoticeRequest(
        @Schema(description = "文号, e.g. 市监认证函〔2024〕405号; one notice per number", examples = "市监认证函〔2024〕405号")
        @NotBlank @Size(max = 100) String documentNumber,
        @Schema(description = "发文机关, e.g. 市场监管总局办公厅 (General Office of SAMR)")
        @NotNull @Valid LocalizedText issuer,
        @Schema(description = "成文日期, the date the notice bears")
        @NotNull LocalDate issuedOn,
        @NotNull @Valid LocalizedText title,
        @Schema(description = "正文, the notice's text in Chinese; the signed file (PUT /notices/{id}/file) is the authority")
        @Size(max = 100_000) String text,
        @NotNull @Valid Addressees addressees,
        @Schema(description = "The campaigns the notice announces, in its order")
        @Size(max = 20) List<@NotNull UUID> campaigns) {

    /**
     * 主送: whom the notice addresses.
     *
     * @param allProvincialUnits every provincial unit (各省、自治区、直辖市和新疆生产建设兵团市场监管局)
     * @param provincialUnits the provincial units named, when not all of them
     * @param certificationBodySchemes the certification bodies approved for these schemes (各相关认证机构), e.g.
     *        organic-product, green-product, service
     */
    @Schema(name = "NoticeAddressees")
    public record Addressees(Boolean allProvincialUnits,
            @Size(max = 40) List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit division code") String> provincialUnits,
            @Schema(description = "Certification schemes whose approved bodies the notice addresses: organic-product, "
                    + "green-product, service, quality-management, ghg-validation-verification (the schemes of "
                    + "/api/v1/certification-bodies)")
            @Size(max = 20) List<@NotNull @Size(max = 40) String> certificationBodySchemes) {

        NoticeTerms.Addressees terms() {
            return new NoticeTerms.Addressees(Boolean.TRUE.equals(allProvincialUnits),
                    provincialUnits == null ? List.of() : provincialUnits,
                    certificationBodySchemes == null ? List.of() : certificationBodySchemes);
        }
    }

    NoticeTerms terms() {
        return new NoticeTerms(documentNumber == null ? null : documentNumber.strip(), issuer, issuedOn, title, text,
                addressees == null ? null : addressees.terms(), campaigns == null ? List.of() : campaigns);
    }
}
