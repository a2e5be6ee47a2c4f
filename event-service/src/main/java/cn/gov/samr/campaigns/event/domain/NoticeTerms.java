package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the national office writes of a notice (通知).
 *
 * @param text the body of the notice, in Chinese; may be null when only the signed file carries it
 * @param campaigns the campaigns the notice announces, in the notice's order
 */
public record NoticeTerms(String documentNumber, LocalizedText issuer, LocalDate issuedOn, LocalizedText title,
        String text, Addressees addressees, List<UUID> campaigns) {

    /**
     * Whom the notice addresses (主送): every provincial unit, or those named, and the certification bodies of the
     * schemes named (e.g. {@code organic-product}: 各相关认证机构).
     */
    public record Addressees(boolean allProvincialUnits, List<String> provincialUnits,
            List<String> certificationBodySchemes) {
    }
}
