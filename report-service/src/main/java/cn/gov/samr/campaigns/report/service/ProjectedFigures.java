package cn.gov.samr.campaigns.report.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.report.domain.FigureName;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;

/** The live projection of activity events for one report, as the report's named figures ({@link FigureName}). */
@ApplicationScoped
public class ProjectedFigures {

    private final ActivityFigures activities;

    public ProjectedFigures(ActivityFigures activities) {
        this.activities = activities;
    }

    public Map<String, Long> of(UUID campaignId, String provincialUnit) {
        return named(activities.of(campaignId, provincialUnit));
    }

    static Map<String, Long> named(Figures f) {
        Map<String, Long> named = new TreeMap<>();
        named.put("activities", f.activities());
        named.put("participants", f.participants());
        named.put("mediaItems", f.mediaItems());
        f.byType().forEach(t -> {
            named.put(FigureName.byType("activities", t.activityType()), t.activities());
            named.put(FigureName.byType("participants", t.activityType()), t.participants());
            named.put(FigureName.byType("mediaItems", t.activityType()), t.mediaItems());
        });
        f.activitiesBySetting().forEach((setting, count) -> named.put(FigureName.bySetting(setting), count));
        return named;
    }
}
