package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.HostSlot;
import cn.gov.samr.campaigns.event.domain.LocalizedText;

@Schema(requiredProperties = {
        "id", "kind", "year", "name", "window", "reportingDeadline", "focusThemes", "hostSlots", "status",
        "createdAt", "version" })
public record CampaignView(UUID id, CampaignKind kind, int year, LocalizedText name, LocalizedText theme,
        CampaignRequest.Window window, LocalDate reportingDeadline, CampaignRequest.LaunchCeremony launchCeremony,
        List<LocalizedText> focusThemes, UUID parentId, UUID rolledOverFrom, List<HostSlotView> hostSlots,
        CampaignStatus status, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime closedAt,
        long version) {

    @Schema(requiredProperties = { "province", "weekStart", "weekEnd", "focusThemes" })
    public record HostSlotView(String province, LocalDate weekStart, LocalDate weekEnd,
            List<LocalizedText> focusThemes) {

        static HostSlotView of(HostSlot s) {
            return new HostSlotView(s.province, s.weekStart, s.weekEnd, List.copyOf(s.focusThemes));
        }
    }

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.kind, c.year, c.name, c.theme,
                new CampaignRequest.Window(c.windowStart, c.windowEnd), c.reportingDeadline,
                c.launchCity == null ? null : new CampaignRequest.LaunchCeremony(c.launchCity, c.launchDate, c.launchHost),
                List.copyOf(c.focusThemes), c.parentId, c.rolledOverFrom,
                c.hostSlots.stream().map(HostSlotView::of).toList(), c.status, c.createdAt, c.publishedAt,
                c.closedAt, c.version);
    }
}
