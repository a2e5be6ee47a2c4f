package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import io.quarkus.security.ForbiddenException;

/**
 * The national picture of a campaign: the projections' figures per provincial unit and nationally, with the
 * completeness and timeliness of the provinces' reports judged by {@link Obligation#timeliness}, the one rule.
 * The statistics endpoint and every export build on {@link #forCampaign}.
 */
@ApplicationScoped
public class StatisticsService {

    private final ObligationRepository obligations;
    private final ActivityFigures figures;
    private final Clock clock;

    public StatisticsService(ObligationRepository obligations, ActivityFigures figures, Clock clock) {
        this.obligations = obligations;
        this.figures = figures;
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
     * What a caller may see, the one rule for the statistics endpoint and the exports (so that a file never says
     * more than the JSON): everything to the national office; national totals and its own unit's row to a
     * provincial officer; to anyone else (partners) the published statistics, national totals and completeness
     * without unit rows, once the reporting deadline has passed.
     */
    public CampaignStatistics visibleTo(UUID campaignId, Jurisdiction caller) {
        if (caller.isNational()) {
            return forCampaign(campaignId);
        }
        Optional<String> scope = caller.scope();
        if (scope.isEmpty()) {
            requirePublished(campaignId);
        }
        return onlyUnits(forCampaign(campaignId), scope.map(List::of).orElse(List.of()));
    }

    private void requirePublished(UUID campaignId) {
        LocalDate deadline = reportingDeadline(campaignId).orElseThrow(() -> new NotFoundProblem("Campaign", campaignId));
        if (!LocalDate.now(clock.withZone(ChinaClock.ZONE)).isAfter(deadline)) {
            throw new ForbiddenException("The statistics of campaign " + campaignId
                    + " are published after its reporting deadline, " + deadline + ".");
        }
    }

    /** The campaign's reporting deadline (extensions aside, which only lengthen one unit's); empty if unknown. */
    @Transactional
    public Optional<LocalDate> reportingDeadline(UUID campaignId) {
        return obligations.list("campaignId = ?1 and kind = ?2", campaignId, ObligationKind.SUMMARY).stream()
                .map(o -> o.deadline).min(LocalDate::compareTo);
    }

    /** The statistics as a caller confined to some units sees them: national totals, only those units' rows. */
    public static CampaignStatistics onlyUnits(CampaignStatistics all, List<String> units) {
        List<UnitStatistics> rows = new ArrayList<>();
        all.units().stream().filter(u -> units.contains(u.provincialUnit())).forEach(rows::add);
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
