package cn.gov.samr.campaigns.event.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignTheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.ReportingRules;

/** A campaign as the events carry it: every term other services may need, flat at the top of the body. */
public record CampaignEdition(UUID campaignId, CampaignKind kind, int year, LocalizedText name,
        List<CampaignTheme> themes, LocalDate windowStart, LocalDate windowEnd, LocalDate reportingDeadline,
        List<LocalizedText> focusThemes, UUID parentId, UUID seriesId, ReportingRules reporting, List<HostSlot> hostSlots) {

    public record HostSlot(String province, LocalDate weekStart, LocalDate weekEnd, List<LocalizedText> focusThemes) {
    }

    static CampaignEdition of(Campaign c) {
        return new CampaignEdition(c.id, c.kind, c.year, c.name, List.copyOf(c.themes), c.windowStart, c.windowEnd,
                c.reportingDeadline, List.copyOf(c.focusThemes), c.parentId,
                c.seriesId, c.reporting(),
                c.hostSlots.stream().map(s -> new HostSlot(s.province, s.weekStart, s.weekEnd, List.copyOf(s.focusThemes)))
                        .toList());
    }
}
