package cn.gov.samr.campaigns.report.service;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.report.repository.ActivityProjectionRepository;
import cn.gov.samr.campaigns.report.repository.MaterialProjectionRepository;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;

/**
 * The figures of a campaign as the projections hold them now — activities, and the materials shipped and
 * downloaded — per provincial unit: what the statistics endpoint shows and what a province's summary report is
 * pre-filled with. Read-only.
 */
@ApplicationScoped
public class ActivityFigures {

    private final ActivityProjectionRepository activities;
    private final MaterialProjectionRepository materials;

    public ActivityFigures(ActivityProjectionRepository activities, MaterialProjectionRepository materials) {
        this.activities = activities;
        this.materials = materials;
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

    /**
     * The national figures: the sum of the units' and, for downloads, also those no unit is known for (anonymous
     * and national downloads), which belong to the national picture but to no province.
     */
    @Transactional
    public Figures national(UUID campaignId) {
        return national(campaignId, byUnit(campaignId));
    }

    /** The national figures given the units' as {@link #byUnit} returned them in the same transaction. */
    @Transactional
    public Figures national(UUID campaignId, SortedMap<String, Figures> units) {
        FiguresTally national = FiguresTally.sum(units.values());
        materials.downloads(campaignId, null).stream().filter(r -> r.provincialUnit() == null)
                .forEach(r -> national.addDownloads(r.downloads()));
        return national.figures();
    }

    private SortedMap<String, FiguresTally> tallies(UUID campaignId, String unit) {
        SortedMap<String, FiguresTally> tallies = new TreeMap<>();
        activities.byType(campaignId, unit).forEach(r -> tally(tallies, r.provincialUnit())
                .addType(r.activityType(), r.activities(), r.participants(), r.mediaItems()));
        activities.bySetting(campaignId, unit).forEach(r -> tally(tallies, r.provincialUnit())
                .addSetting(r.setting(), r.activities()));
        materials.shipments(campaignId, unit).forEach(r -> tally(tallies, r.provincialUnit())
                .addShipments(r.shipmentsDispatched(), r.copiesDispatched(), r.copiesReceived(), r.copiesDamaged()));
        materials.downloads(campaignId, unit).stream().filter(r -> r.provincialUnit() != null)
                .forEach(r -> tally(tallies, r.provincialUnit()).addDownloads(r.downloads()));
        return tallies;
    }

    private static FiguresTally tally(SortedMap<String, FiguresTally> tallies, String unit) {
        return tallies.computeIfAbsent(unit, k -> new FiguresTally());
    }
}
