package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Completeness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * The national picture of a campaign: the projections' figures per provincial unit and nationally, with the
 * completeness and timeliness of the provinces' reports judged by {@link Obligation#timeliness}, the one rule.
 * The statistics endpoint and every export build on {@link #forCampaign}.
 */
@ApplicationScoped
public class StatisticsService {

    private final ObligationRepository obligations;
    private final ActivityFigures figures;
    private final ReportingVisibility visibility;
    private final Clock clock;

    public StatisticsService(ObligationRepository obligations, ActivityFigures figures, ReportingVisibility visibility,
            Clock clock) {
        this.obligations = obligations;
        this.figures = figures;
        this.visibility = visibility;
        this.clock = clock;
    }

    /**
     * All of it, as the national office sees it: one row per unit with an obligation or projected figures, in
     * division-code order. Obligations and figures are read in one transaction.
     *
     * @throws NotFoundProblem when report-service knows nothing of the campaign
     */
    @Transactional
    public CampaignStatistics forCampaign(UUID campaignId) {
        Instant now = clock.instant();
        Map<String, Obligation> byUnit = new TreeMap<>();
        // the provincial units' summaries: certification bodies and activity plans are tracked in /obligations
        obligations.list("campaignId = ?1 and kind = ?2 and divisionCode is not null order by divisionCode",
                campaignId, ObligationKind.SUMMARY).forEach(o -> byUnit.put(o.divisionCode, o));
        SortedMap<String, Figures> unitFigures = figures.byUnit(campaignId);
        if (byUnit.isEmpty() && unitFigures.isEmpty()) {
            throw new NotFoundProblem("Campaign", campaignId);
        }
        TreeMap<String, UnitStatistics> units = new TreeMap<>();
        byUnit.forEach((unit, o) -> units.put(unit, new UnitStatistics(unit, o.divisionNameZh, o.divisionNameEn,
                unitFigures.getOrDefault(unit, FiguresTally.empty()), o.status, o.timeliness(now))));
        unitFigures.forEach((unit, f) -> units.putIfAbsent(unit, new UnitStatistics(unit, null, null, f, null,
                null))); // figures of a unit without an obligation: the campaign was not published to it here
        return new CampaignStatistics(campaignId, OffsetDateTime.ofInstant(now, ChinaClock.ZONE),
                completeness(byUnit.values(), now), figures.national(campaignId, unitFigures),
                List.copyOf(units.values()));
    }

    /**
     * The statistics as a caller may see them, by {@link ReportingVisibility} (the one rule the obligations list and
     * the exports follow too, so that a file never says more than the JSON): everything to the national office;
     * national totals and its own unit's row to a provincial officer; to partners the published statistics,
     * national totals and completeness without unit rows, once the reporting deadline has passed.
     */
    public CampaignStatistics visibleTo(UUID campaignId, Jurisdiction caller) {
        ReportingVisibility.Sight sight = visibility.of(campaignId, caller);
        CampaignStatistics all = forCampaign(campaignId);
        return sight.all() ? all : onlyUnits(all, sight);
    }

    /** The statistics as a caller confined to some parties sees them: national totals, only those units' rows. */
    static CampaignStatistics onlyUnits(CampaignStatistics all, ReportingVisibility.Sight sight) {
        List<UnitStatistics> rows = new ArrayList<>();
        all.units().stream().filter(u -> sight.sees(u.provincialUnit())).forEach(rows::add);
        return new CampaignStatistics(all.campaignId(), all.asOf(), all.completeness(), all.national(),
                List.copyOf(rows));
    }

    static Completeness completeness(Iterable<Obligation> all, Instant now) {
        int expected = 0;
        int submitted = 0;
        int accepted = 0;
        int[] byTimeliness = new int[Timeliness.values().length];
        for (Obligation o : all) {
            expected++;
            if (o.firstSubmittedAt != null) {
                submitted++;
            }
            if (o.status == ObligationStatus.ACCEPTED) {
                accepted++;
            }
            byTimeliness[o.timeliness(now).ordinal()]++;
        }
        return new Completeness(expected, submitted, accepted, byTimeliness[Timeliness.ON_TIME.ordinal()],
                byTimeliness[Timeliness.LATE.ordinal()], byTimeliness[Timeliness.MISSING.ordinal()],
                byTimeliness[Timeliness.PENDING.ordinal()]);
    }
}
