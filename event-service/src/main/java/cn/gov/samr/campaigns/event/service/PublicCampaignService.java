package cn.gov.samr.campaigns.event.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignKind;
import cn.gov.samr.campaigns.event.domain.LaunchCeremony;
import cn.gov.samr.campaigns.event.domain.Notice;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.LaunchCeremonyRepository;
import cn.gov.samr.campaigns.event.repository.NoticeRepository;
import cn.gov.samr.campaigns.event.repository.PublicCampaignRepository;
import cn.gov.samr.campaigns.event.repository.PublicMaterialRepository;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;

/**
 * The campaigns as the public sees them (a consumer app's campaign screen): published and closed ones only, with
 * what the public may know of them — their launch ceremonies, published notices, public materials and how many
 * public activities each provincial unit announced — read in a fixed number of queries and bounded in size.
 */
@ApplicationScoped
public class PublicCampaignService {

    /** More than any campaign has (one or two launches, a notice or two, a dozen materials): a bound, not a page. */
    public static final int MAX_CEREMONIES = 20;
    public static final int MAX_NOTICES = 20;
    public static final int MAX_MATERIALS = 100;

    /** A campaign's public page, everything in it already bounded. */
    public record Page(Campaign campaign, List<LaunchCeremony> ceremonies, Set<UUID> announcedCampaigns,
            List<Notice> notices, List<PublicMaterialRepository.Row> materials,
            List<PublicCampaignRepository.UnitCount> activities) {
    }

    private final CampaignRepository campaigns;
    private final PublicCampaignRepository publicCampaigns;
    private final LaunchCeremonyService ceremonies;
    private final NoticeRepository notices;
    private final PublicMaterialRepository materials;
    private final EventServiceConfig config;

    public PublicCampaignService(CampaignRepository campaigns, PublicCampaignRepository publicCampaigns,
            LaunchCeremonyService ceremonies, NoticeRepository notices, PublicMaterialRepository materials,
            EventServiceConfig config) {
        this.campaigns = campaigns;
        this.publicCampaigns = publicCampaigns;
        this.ceremonies = ceremonies;
        this.notices = notices;
        this.materials = materials;
        this.config = config;
    }

    public List<Campaign> list(CampaignKind kind, Integer year, LocalDate from, LocalDate to, LocalDate afterStart,
            UUID afterId, int limit) {
        return publicCampaigns.list(kind, year, from, to, afterStart, afterId, limit);
    }

    /** A published or closed campaign; 404 for a draft as for none (a draft's existence is not public). */
    public Campaign get(UUID id) {
        Campaign campaign = campaigns.findByIdOptional(id)
                .filter(c -> CampaignService.visibleStatuses(false).contains(c.status))
                .orElseThrow(() -> new NotFoundProblem("Campaign", id));
        return campaign;
    }

    public Page page(UUID id) {
        Campaign campaign = get(id);
        List<LaunchCeremony> launches = ceremonies.list(new LaunchCeremonyRepository.Filter(id, null, null, null,
                true, null, null, null), null, null, MAX_CEREMONIES);
        Set<UUID> announced = ceremonies.announced(launches.stream().flatMap(l -> l.campaignIds.stream())
                .collect(Collectors.toSet()));
        List<Notice> published = notices.publishedNaming(List.of(id)).getOrDefault(id, List.of()).stream()
                .limit(MAX_NOTICES).toList();
        return new Page(campaign, launches, announced, published, materials.publicOf(id, MAX_MATERIALS),
                publicCampaigns.publicActivitiesByUnit(id));
    }

    /** Where anyone downloads a public material's current file: material-service's public download. */
    public String materialDownloadUrl(UUID materialId) {
        String base = config.materialService().publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/materials/"
                + materialId + "/file";
    }
}
