package cn.gov.samr.campaigns.event.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.LocalizedText;

/** What other records say about a campaign, for its view: the launch ceremonies it shares, the notices announcing it. */
public record CampaignLinks(List<Launch> launchCeremonies, List<Notice> notices) {

    public static final CampaignLinks NONE = new CampaignLinks(List.of(), List.of());

    /** A launch ceremony (启动仪式) of the campaign, as planned or as held. */
    public record Launch(UUID id, LocalDate date, String division, String outcome) {
    }

    /** A published notice (通知) announcing the campaign. */
    public record Notice(UUID id, String documentNumber, LocalizedText title, LocalDate issuedOn) {
    }
}
