package cn.gov.samr.campaigns.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.contract.client.event.ApiException;
import cn.gov.samr.campaigns.contract.client.event.api.CampaignsApi;
import cn.gov.samr.campaigns.contract.client.event.api.DivisionsApi;
import cn.gov.samr.campaigns.contract.client.event.api.LaunchCeremoniesApi;
import cn.gov.samr.campaigns.contract.client.event.model.CampaignKind;
import cn.gov.samr.campaigns.contract.client.event.model.CampaignRequest;
import cn.gov.samr.campaigns.contract.client.event.model.CampaignStatus;
import cn.gov.samr.campaigns.contract.client.event.model.CampaignTheme;
import cn.gov.samr.campaigns.contract.client.event.model.CampaignView;
import cn.gov.samr.campaigns.contract.client.event.model.DivisionLevel;
import cn.gov.samr.campaigns.contract.client.event.model.DivisionView;
import cn.gov.samr.campaigns.contract.client.event.model.CeremonyPlace;
import cn.gov.samr.campaigns.contract.client.event.model.LaunchCeremonyRequest;
import cn.gov.samr.campaigns.contract.client.event.model.LaunchCeremonyView;
import cn.gov.samr.campaigns.contract.client.event.model.LocalizedText;
import cn.gov.samr.campaigns.contract.client.event.model.ThemeScope;
import cn.gov.samr.campaigns.contract.client.event.model.Window;
import cn.gov.samr.campaigns.contract.client.material.api.DistributionPlansApi;
import cn.gov.samr.campaigns.contract.client.report.api.ObligationsApi;
import cn.gov.samr.campaigns.contract.client.report.model.ObligationView;

/**
 * The README's walk-through ("publishing a campaign opens 32 obligations and a distribution plan"), step by step,
 * as an integrator does it: through the Java clients generated from the three services' OpenAPI documents.
 */
final class ReadmeWalkThrough {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 10, 14);

    private final int events;
    private final int materials;
    private final int reports;

    ReadmeWalkThrough(int events, int materials, int reports) {
        this.events = events;
        this.materials = materials;
        this.reports = reports;
    }

    void run() throws Exception {
        GeneratedClients admin = GeneratedClients.as("national-admin", null);
        GeneratedClients jiangsu = GeneratedClients.as("provincial-officer", "320000");

        // the 32 provincial units (31 provinces, regions, municipalities and the XPCC), anonymously
        List<DivisionView> units = new DivisionsApi(GeneratedClients.anonymous().events(events))
                .listDivisions(null, null, DivisionLevel.PROVINCIAL_UNIT, null, null, null, null, null);
        Set<String> unitCodes = units.stream().map(DivisionView::getCode).collect(Collectors.toSet());
        assertEquals(32, unitCodes.size(), () -> "provincial units: " + unitCodes);
        assertTrue(unitCodes.containsAll(Set.of("110000", "320000", "650000", "660000")), unitCodes::toString);

        // the national office drafts the 2022 Organic Product Certification Week ...
        CampaignsApi campaigns = new CampaignsApi(admin.events(events));
        CampaignView draft = campaigns.createCampaign(new CampaignRequest()
                .kind(CampaignKind.ORGANIC_PRODUCT_WEEK)
                .name(new LocalizedText().zh("2022年全国有机产品认证宣传周")
                        .en("2022 National Organic Product Certification Week"))
                .themes(List.of(new CampaignTheme().scope(ThemeScope.NATIONAL).zh("有机产品认证:护航消费升级 优享品质生活")))
                .window(new Window().start(LocalDate.of(2022, 9, 19)).end(LocalDate.of(2022, 9, 23)))
                .reportingDeadline(DEADLINE));
        assertEquals(CampaignStatus.DRAFT, draft.getStatus());
        UUID campaign = draft.getId();

        // ... plans its launch ceremony in 南京, a record of its own that may launch several campaigns ...
        LaunchCeremonyView launch = new LaunchCeremoniesApi(admin.events(events)).createLaunchCeremony(
                new LaunchCeremonyRequest()
                        .title(new LocalizedText().zh("2022年全国有机产品认证宣传周启动仪式"))
                        .host(new LocalizedText().zh("市场监管总局"))
                        .campaigns(List.of(campaign))
                        .place(new CeremonyPlace().division("320100"))
                        .date(LocalDate.of(2022, 9, 19)));
        assertEquals(List.of(campaign), launch.getCampaigns());

        // ... and publishes it: CampaignPublished leaves through the outbox to Kafka
        assertEquals(CampaignStatus.PUBLISHED, campaigns.publishCampaign(campaign).getStatus());
        assertEquals(CampaignStatus.PUBLISHED, campaigns.getCampaign(campaign, null).getStatus());

        // report-service opens one obligation per provincial unit, due on the deadline; material-service the
        // campaign's (empty) distribution plan
        ObligationsApi obligations = new ObligationsApi(admin.reports(reports));
        DistributionPlansApi plans = new DistributionPlansApi(admin.materials(materials));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                obligations.listObligations(campaign, null, null, null, null, 200).getItems().size() == 32
                        && plans.listDistributionPlans(campaign, null, null).getItems().size() == 1);
        List<ObligationView> opened = obligations.listObligations(campaign, null, null, null, null, 200).getItems();
        assertEquals(unitCodes, opened.stream().map(o -> o.getDivision().getCode()).collect(Collectors.toSet()));
        assertTrue(opened.stream().allMatch(o -> DEADLINE.equals(o.getDeadline())), opened::toString);

        // publishing again changes nothing: still 32 obligations and one plan
        assertEquals(CampaignStatus.PUBLISHED, campaigns.publishCampaign(campaign).getStatus());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                obligations.listObligations(campaign, null, null, null, null, 200).getItems().size() == 32
                        && plans.listDistributionPlans(campaign, null, null).getItems().size() == 1);

        // Jiangsu's officer sees only Jiangsu's obligation, and may not publish campaigns
        List<ObligationView> own = new ObligationsApi(jiangsu.reports(reports))
                .listObligations(campaign, null, null, null, null, null).getItems();
        assertEquals(List.of("320000"), own.stream().map(o -> o.getDivision().getCode()).toList());
        ApiException refused = assertThrows(ApiException.class,
                () -> new CampaignsApi(jiangsu.events(events)).publishCampaign(campaign));
        assertEquals(403, refused.getCode(), refused::getResponseBody);
        assertProblem(refused);

        // bad input is an RFC 9457 problem naming each field: no name, the window backwards
        ApiException invalid = assertThrows(ApiException.class, () -> campaigns.createCampaign(new CampaignRequest()
                .kind(CampaignKind.ORGANIC_PRODUCT_WEEK)
                .window(new Window().start(LocalDate.of(2022, 9, 23)).end(LocalDate.of(2022, 9, 19)))
                .reportingDeadline(LocalDate.of(2022, 9, 1))));
        assertEquals(400, invalid.getCode(), invalid::getResponseBody);
        List<String> fields = new ArrayList<>();
        assertProblem(invalid).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertTrue(fields.containsAll(List.of("name", "window.end")), () -> "named: " + fields);
    }

    private static JsonNode assertProblem(ApiException refused) throws Exception {
        String type = refused.getResponseHeaders().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), () -> "content type " + type);
        JsonNode problem = new ObjectMapper().readTree(refused.getResponseBody());
        assertEquals(refused.getCode(), problem.path("status").asInt(), problem::toString);
        return problem;
    }
}
