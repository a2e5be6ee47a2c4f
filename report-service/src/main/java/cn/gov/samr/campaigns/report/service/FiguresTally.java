package cn.gov.samr.campaigns.report.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;

/**
 * Adds up projection rows into one {@link Figures}: types and settings in name order, so that the same rows always
 * give equal figures whatever order they come in.
 */
final class FiguresTally {

    private final Map<String, long[]> byType = new TreeMap<>();
    private final Map<String, Long> bySetting = new TreeMap<>();
    private long shipmentsDispatched;
    private long copiesDispatched;
    private long copiesReceived;
    private long copiesDamaged;
    private long downloads;

    static Figures empty() {
        return new FiguresTally().figures();
    }

    /** The sum of several figures, e.g. the national figures as the sum of the units'. */
    static FiguresTally sum(Collection<Figures> figures) {
        FiguresTally tally = new FiguresTally();
        for (Figures f : figures) {
            f.byType().forEach(t -> tally.addType(t.activityType(), t.activities(), t.participants(), t.mediaItems()));
            f.activitiesBySetting().forEach(tally::addSetting);
            tally.addShipments(f.shipmentsDispatched(), f.copiesDispatched(), f.copiesReceived(), f.copiesDamaged());
            tally.addDownloads(f.downloads());
        }
        return tally;
    }

    FiguresTally addType(String type, long activities, long participants, long mediaItems) {
        long[] t = byType.computeIfAbsent(type, k -> new long[3]);
        t[0] += activities;
        t[1] += participants;
        t[2] += mediaItems;
        return this;
    }

    FiguresTally addSetting(String setting, long activities) {
        bySetting.merge(setting, activities, Long::sum);
        return this;
    }

    FiguresTally addShipments(long shipments, long dispatched, long received, long damaged) {
        shipmentsDispatched += shipments;
        copiesDispatched += dispatched;
        copiesReceived += received;
        copiesDamaged += damaged;
        return this;
    }

    FiguresTally addDownloads(long count) {
        downloads += count;
        return this;
    }

    Figures figures() {
        List<TypeFigures> types = new ArrayList<>();
        long activities = 0;
        long participants = 0;
        long mediaItems = 0;
        for (Map.Entry<String, long[]> e : byType.entrySet()) {
            long[] t = e.getValue();
            types.add(new TypeFigures(e.getKey(), t[0], t[1], t[2]));
            activities += t[0];
            participants += t[1];
            mediaItems += t[2];
        }
        return new Figures(activities, participants, mediaItems, List.copyOf(types),
                Collections.unmodifiableMap(new LinkedHashMap<>(bySetting)), shipmentsDispatched,
                copiesDispatched, copiesReceived, copiesDamaged, downloads);
    }
}
