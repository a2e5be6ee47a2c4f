package cn.gov.samr.campaigns.event.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.CampaignTheme;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.repository.PublicCampaignRepository;
import cn.gov.samr.campaigns.event.repository.PublicMaterialRepository;
import cn.gov.samr.campaigns.event.rest.PublicLaunchCeremonyResource.PublicLaunchCeremony;
import cn.gov.samr.campaigns.event.service.PublicCampaignService;

/**
 * A published (or closed) campaign as the public sees it: its public fields only — no reporting rules, deadlines or
 * authors, which are the bureaus' business.
 */
@Schema(requiredProperties = { "id", "kind", "year", "name", "themes", "window", "focusThemes", "hostSlots", "status" })
public record PublicCampaignView(UUID id, CampaignKind kind, int year, LocalizedText name, List<CampaignTheme> themes,
        CampaignRequest.Window window, List<LocalizedText> focusThemes,
        @Schema(description = "The campaign this one runs under, e.g. the year's Quality Month") UUID parentId,
        @Schema(description = "The series this edition belongs to") UUID seriesId,
        @Schema(description = "The experience week's weeks, one provincial unit each") List<CampaignView.HostSlotView> hostSlots,
        @Schema(enumeration = { "published", "closed" }) CampaignStatus status) {

    static PublicCampaignView of(Campaign c) {
        return new PublicCampaignView(c.id, c.kind, c.year, c.name, List.copyOf(c.themes),
                new CampaignRequest.Window(c.windowStart, c.windowEnd), List.copyOf(c.focusThemes), c.parentId,
                c.seriesId, c.hostSlots.stream().map(CampaignView.HostSlotView::of).toList(), c.status);
    }

    /**
     * The campaign page of a consumer app in one answer: the campaign, its launch ceremonies, its published notices,
     * its public materials with their download links, and its public activities counted per provincial unit. Every
     * list is bounded (ceremonies 20, notices 20, materials 100); the activities themselves are
     * GET /api/v1/public/activities?campaign={id}.
     */
    @Schema(name = "PublicCampaignPage",
            requiredProperties = { "campaign", "launchCeremonies", "notices", "materials", "activities" })
    public record Page(PublicCampaignView campaign,
            @Schema(description = "In the order of their day; a cancelled one stays, marked cancelled", maxItems = 20)
            List<PublicLaunchCeremony> launchCeremonies,
            @Schema(description = "Published notices (通知) announcing it, in the order they were issued", maxItems = 20)
            List<NoticeLink> notices,
            @Schema(description = "Its public materials (posters, brochures, reports...), in the order they were "
                    + "published; materials for officials only never appear", maxItems = 100)
            List<Material> materials,
            ActivityCounts activities) {

        static Page of(PublicCampaignService.Page p, Function<UUID, String> materialUrl) {
            return new Page(PublicCampaignView.of(p.campaign()),
                    p.ceremonies().stream().map(l -> PublicLaunchCeremony.of(l, p.announcedCampaigns())).toList(),
                    p.notices().stream().map(NoticeLink::of).toList(),
                    p.materials().stream().map(m -> Material.of(m, materialUrl)).toList(),
                    ActivityCounts.of(p.activities()));
        }
    }

    /** A published notice and, once uploaded, where to download its signed file. */
    @Schema(name = "PublicNoticeLink", requiredProperties = { "id", "documentNumber", "title", "issuedOn" })
    public record NoticeLink(UUID id, String documentNumber, LocalizedText title, LocalDate issuedOn,
            @Schema(description = "The signed file (PDF or OFD): GET this path of event-service; absent until "
                    + "uploaded") File file) {

        static NoticeLink of(Notice n) {
            return new NoticeLink(n.id, n.documentNumber, n.title, n.issuedOn, n.fileKey == null ? null
                    : new File("/api/v1/notices/" + n.id + "/file", n.fileName, n.fileMediaType, n.fileSizeBytes));
        }
    }

    @Schema(name = "PublicNoticeFile", requiredProperties = { "url", "fileName", "mediaType", "sizeBytes" })
    public record File(@Schema(format = "uri-reference") String url, String fileName, String mediaType,
            long sizeBytes) {
    }

    /**
     * A public material of the campaign, as material-service announced it (material.events).
     *
     * @param kind     material-service's kind, e.g. poster, brochure, annual-report
     * @param delivery post (printed copies only), download or both
     */
    @Schema(name = "PublicCampaignMaterial", requiredProperties = { "id", "kind", "title", "delivery" })
    public record Material(UUID id, String kind, LocalizedText title,
            @Schema(enumeration = { "post", "download", "both" }) String delivery, OffsetDateTime publishedAt,
            @Schema(description = "The current file at material-service, anonymous; absent for printed-only "
                    + "materials and until a file version is published") Download download) {

        static Material of(PublicMaterialRepository.Row m, Function<UUID, String> url) {
            boolean downloadable = !"post".equals(m.delivery()) && m.fileVersion() != null;
            return new Material(m.materialId(), m.kind(), new LocalizedText(m.titleZh(), m.titleEn()), m.delivery(),
                    m.publishedAt(), downloadable ? new Download(url.apply(m.materialId()), m.fileVersion(),
                            m.fileName(), m.fileMediaType(), m.fileSizeBytes(), m.fileSha256()) : null);
        }
    }

    @Schema(name = "PublicMaterialDownload",
            requiredProperties = { "url", "version", "fileName", "mediaType", "sizeBytes", "sha256" })
    public record Download(@Schema(format = "uri", description = "material-service's GET /api/v1/materials/{id}/file")
            String url, int version, String fileName, String mediaType, long sizeBytes,
            @Schema(pattern = "^[0-9a-f]{64}$") String sha256) {
    }

    /**
     * The campaign's public activities as the public calendar shows them: announced (published or completed, not
     * cancelled), of which completed, and cancelled after their announcement.
     */
    @Schema(name = "PublicActivityCounts", requiredProperties = { "announced", "completed", "cancelled",
            "byProvincialUnit" })
    public record ActivityCounts(long announced, long completed, long cancelled,
            @Schema(description = "Per provincial unit that has any, in code order", maxItems = 40)
            List<UnitCount> byProvincialUnit) {

        static ActivityCounts of(List<PublicCampaignRepository.UnitCount> rows) {
            return new ActivityCounts(rows.stream().mapToLong(PublicCampaignRepository.UnitCount::announced).sum(),
                    rows.stream().mapToLong(PublicCampaignRepository.UnitCount::completed).sum(),
                    rows.stream().mapToLong(PublicCampaignRepository.UnitCount::cancelled).sum(),
                    rows.stream().map(r -> new UnitCount(r.provincialUnit(), r.announced(), r.completed(),
                            r.cancelled())).toList());
        }
    }

    @Schema(name = "PublicActivityUnitCount",
            requiredProperties = { "provincialUnit", "announced", "completed", "cancelled" })
    public record UnitCount(String provincialUnit, long announced, long completed, long cancelled) {
    }
}
