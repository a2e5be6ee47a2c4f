package cn.gov.samr.campaigns.report.service;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;

/**
 * The figures of a campaign as the projections hold them now, per provincial unit: what the statistics endpoint
 * shows and what a province's summary report is pre-filled with. Read-only.
 */
@ApplicationScoped
public class ActivityFigures {

    private final ActivityProjectionRepository activities;

    public ActivityFigures(ActivityProjectionRepository activities) {
        this.activities = activities;
    }

    /** One provincial unit's figures for the campaign; zeros when nothing was projected for it. */
    @Transactional
    public Figures of(UUID campaignId, String provincialUnit) {
        return tallies(campaignId, provincialUnit).getOrDefault(provincialUnit, new FiguresTally()).figures();
    }

    /** Every provincial unit with projected figures for the campaign, in division-code order. */
    @Transactional
    public SortedMap<String, Figures> byUnit(UUID campaignId) {
        SortedMap<String, Figures> figures = new TreeMap<>();
        tallies(campaignId, null).forEach((unit, tally) -> figures.put(unit, tally.figures()));
        return Collections.unmodifiableSortedMap(figures);
    }

    private SortedMap<String, FiguresTally> tallies(UUID campaignId, String unit) {
        SortedMap<String, FiguresTally> tallies = new TreeMap<>();
        activities.byType(campaignId, unit).forEach(r -> tallies.computeIfAbsent(r.provincialUnit(),
                k -> new FiguresTally()).addType(r.activityType(), r.activities(), r.participants(), r.mediaItems()));
        activities.bySetting(campaignId, unit).forEach(r -> tallies.computeIfAbsent(r.provincialUnit(),
                k -> new FiguresTally()).addSetting(r.setting(), r.activities()));
        return tallies;
    }
}
