package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CampaignTheme;
import cn.gov.samr.campaigns.event.domain.HostSlot;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.ReportingRules;
import cn.gov.samr.campaigns.event.service.CampaignLinks;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

@Schema(requiredProperties = {
        "id", "kind", "year", "name", "themes", "window", "launchCeremonies", "notices", "focusThemes", "reporting",
        "hostSlots", "status", "createdAt", "version", "warnings" })
public record CampaignView(UUID id, CampaignKind kind, int year, LocalizedText name, List<CampaignTheme> themes,
        CampaignRequest.Window window, LocalDate reportingDeadline,
        @Schema(description = "The launch ceremonies (启动仪式) launching it, in the order of their day")
        List<LaunchRef> launchCeremonies, List<NoticeRef> notices, List<LocalizedText> focusThemes, UUID parentId,
        UUID seriesId, UUID rolledOverFrom, ReportingRules reporting, List<HostSlotView> hostSlots,
        CampaignStatus status, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime closedAt,
        long version,
        @Schema(description = "What to look at although nothing was refused, e.g. a window running past the parent's")
        List<FieldError> warnings) {

    /**
     * @param date     the day as held, or as planned
     * @param division where, as held or as planned; absent when held online only
     */
    @Schema(description = "A launch ceremony (启动仪式) the campaign shares; /api/v1/launch-ceremonies/{id} has it all",
            requiredProperties = { "id", "date", "outcome" })
    public record LaunchRef(UUID id, LocalDate date, String division,
            @Schema(enumeration = { "planned", "held", "moved", "online", "hybrid", "cancelled" }) String outcome) {
    }

    @Schema(description = "A published notice (通知) announcing the campaign; /api/v1/notices/{id} has it all",
            requiredProperties = { "id", "documentNumber", "title", "issuedOn" })
    public record NoticeRef(UUID id, String documentNumber, LocalizedText title, LocalDate issuedOn) {
    }

    @Schema(requiredProperties = { "province", "weekStart", "weekEnd", "focusThemes" })
    public record HostSlotView(String province, LocalDate weekStart, LocalDate weekEnd,
            List<LocalizedText> focusThemes) {

        static HostSlotView of(HostSlot s) {
            return new HostSlotView(s.province, s.weekStart, s.weekEnd, List.copyOf(s.focusThemes));
        }
    }

    static CampaignView of(Campaign c, CampaignLinks links, List<FieldError> warnings) {
        return new CampaignView(c.id, c.kind, c.year, c.name, List.copyOf(c.themes),
                new CampaignRequest.Window(c.windowStart, c.windowEnd), c.reportingDeadline,
                links.launchCeremonies().stream().map(l -> new LaunchRef(l.id(), l.date(), l.division(), l.outcome()))
                        .toList(),
                links.notices().stream().map(n -> new NoticeRef(n.id(), n.documentNumber(), n.title(), n.issuedOn()))
                        .toList(),
                List.copyOf(c.focusThemes), c.parentId, c.seriesId, c.rolledOverFrom, c.reporting(),
                c.hostSlots.stream().map(HostSlotView::of).toList(), c.status, c.createdAt, c.publishedAt,
                c.closedAt, c.version, warnings);
    }
}
